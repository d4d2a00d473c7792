package org.maillon.server.demo;

import java.util.List;
import java.util.Map;

/**
 * The words of the demo's generated history besides the survey verbatims: notes of listening
 * conversations, the entries of customer cards (one list per facet, for final customers and for
 * teams as internal customers), and the names of final customers' contacts. French and English.
 */
final class DemoTexts {

  private DemoTexts() {}

  /** Contacts met on the side of final customers, who are not collaborators of the model. */
  static final List<String> CLIENT_CONTACTS = List.of("Anne Morel", "Julien Lefèvre", "Sophie Garnier",
      "Karim Benali", "Élodie Marchand", "Thomas Perrin", "Nathalie Caron", "David Schmitt", "Claire Dubois",
      "Marc Rolland");

  static final List<String> CONVERSATION_NOTES_FR = List.of(
      "Point sur les délais de livraison : le client souhaite être prévenu dès qu'une commande prend du retard.",
      "Retour très positif sur la pose ; quelques reprises de finition à planifier avant la fin du mois.",
      "Le client a dû relancer trois fois pour obtenir son devis. Nous convenons d'un délai de 48 heures.",
      "Présentation des nouvelles façades ; intérêt pour une offre groupée avec l'électroménager encastrable.",
      "Les factures arrivent avant la livraison complète : à corriger avec la finance.",
      "Revue des réclamations du trimestre : moins de pièces abîmées, mais le SAV reste difficile à joindre.",
      "Le planning des chantiers est jugé clair ; demande d'un interlocuteur unique pour les grands projets.",
      "Atelier commun sur les outils : la saisie des commandes prend trop de temps en magasin.",
      "Échange sur la qualité des plans de travail : deux retours pour éclats cette saison, causes identifiées.",
      "Le client apprécie la réactivité du service client et voudrait un suivi de commande en ligne.");

  static final List<String> CONVERSATION_NOTES_EN = List.of(
      "Review of delivery lead times: the customer wants to be warned as soon as an order is late.",
      "Very positive feedback on installation; a few finishing touches to schedule before month end.",
      "The customer had to chase three times for a quote. We agree on a 48-hour turnaround.",
      "Walked through the new fronts; interest in a bundle with built-in appliances.",
      "Quarterly review of complaints: fewer damaged parts, but after-sales is still hard to reach.");

  /** Entries of a card, per facet code, for a final customer (index 0) and for a team (index 1); French first. */
  static final Map<String, List<List<String>>> ENTRIES_FR = Map.of(
      "opinions", List.of(
          List.of("Satisfaits du conseil en magasin, agacés par les retards de livraison.",
              "Jugent nos prix élevés mais la qualité à la hauteur.",
              "Reprochent un SAV difficile à joindre après la pose.",
              "Apprécient le devis détaillé et le suivi du chantier."),
          List.of("Trouvent nos délais de réponse trop longs en période de pointe.",
              "Apprécient la disponibilité de l'équipe, moins la qualité des données transmises.",
              "Estiment que nos procédures ralentissent leurs commandes.",
              "Reconnaissent de vrais progrès depuis le dernier trimestre.")),
      "projects", List.of(
          List.of("Rénovation de cuisine prévue au printemps, budget en hausse.",
              "Ouverture de deux programmes de logements neufs l'an prochain.",
              "Passage à la commande en ligne pour les petits chantiers.",
              "Recherche d'un partenaire pour des cuisines sur mesure haut de gamme."),
          List.of("Déploiement d'un nouvel outil de planification au second semestre.",
              "Réorganisation des tournées de livraison par secteur.",
              "Lancement d'une gamme de façades mates.",
              "Recrutement de quatre poseurs d'ici l'été.")),
      "stakes", List.of(
          List.of("Tenir la date d'emménagement : chaque semaine de retard coûte cher.",
              "Maîtriser le budget global du chantier.",
              "Livrer leurs acquéreurs à l'heure pour éviter les pénalités.",
              "Garder une cuisine utilisable pendant les travaux."),
          List.of("Tenir les délais promis aux clients finaux.",
              "Réduire les reprises de pose et les retours SAV.",
              "Fiabiliser les prévisions de charge des ateliers.",
              "Baisser les coûts de transport sans dégrader le service.")),
      "needs", List.of(
          List.of("Une date de livraison fiable annoncée dès la commande.",
              "Un interlocuteur unique du devis à la pose.",
              "Des factures conformes au devis signé.",
              "Un suivi de commande consultable en ligne."),
          List.of("Des plans validés sous 48 heures.",
              "Des informations de commande complètes du premier coup.",
              "Être prévenus la veille de toute livraison décalée.",
              "Un outil de saisie plus rapide en magasin.")));

  static final Map<String, List<List<String>>> ENTRIES_EN = Map.of(
      "opinions", List.of(
          List.of("Happy with in-store advice, annoyed by late deliveries.",
              "Find our prices high but the quality worth it."),
          List.of("Find our response times too long at peak season.",
              "See real progress since last quarter.")),
      "projects", List.of(
          List.of("Kitchen renovation planned for the spring.",
              "Two new housing programmes starting next year."),
          List.of("Rolling out a new planning tool in the second half.",
              "Reorganising delivery rounds by area.")),
      "stakes", List.of(
          List.of("Moving in on the planned date.", "Keeping the overall budget under control."),
          List.of("Keeping the lead times promised to final customers.",
              "Fewer installation rework and after-sales returns.")),
      "needs", List.of(
          List.of("A reliable delivery date given with the order.", "One contact from quote to installation."),
          List.of("Drawings approved within 48 hours.", "Complete order details the first time.")));
}
