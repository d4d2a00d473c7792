package org.maillon.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every multi-statement write is one transaction, by construction: a store method that writes
 * requires a transaction already open (so a write outside one fails at its first test), and no
 * method calls a transactional method of its own class, a call Spring's proxy never sees, so that
 * no transaction opens. Each rule is also run on classes that break it, so it is known to fire.
 */
class TransactionsTests {

  private static final String SPRING_TRANSACTIONAL = Transactional.class.getName();
  private static final String JAKARTA_TRANSACTIONAL = "jakarta.transaction.Transactional";
  private static final Set<String> WRITES = Set.of("update", "batchUpdate");

  static final ArchRule NO_SELF_INVOCATION = classes()
      .should(new ArchCondition<JavaClass>("call no transactional method of their own class") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
          for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
            if (ownClass(origin, call.getTargetOwner()) && call.getTarget().resolveMember().filter(
                TransactionsTests::transactional).isPresent()) {
              events.add(SimpleConditionEvent.violated(call, call.getDescription()
                  + ": a call on this bypasses the transaction proxy; call a private method instead"));
            }
          }
        }
      });

  static final ArchRule STORE_WRITES_REQUIRE_A_TRANSACTION = methods()
      .that().areDeclaredInClassesThat().areAnnotatedWith(Repository.class)
      .and(DescribedPredicate.describe("write to the database", TransactionsTests::writes))
      .should(new ArchCondition<JavaMethod>("be @Transactional(propagation = MANDATORY)") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          boolean mandatory = attribute(method).map(t -> t.propagation() == Propagation.MANDATORY).orElse(false);
          events.add(new SimpleConditionEvent(method, mandatory,
              method.getFullName() + " writes without requiring the caller's transaction"));
        }
      })
      .allowEmptyShould(true);

  @Test
  void noMethodCallsATransactionalMethodOfItsOwnClass() {
    NO_SELF_INVOCATION.check(ConventionsTests.SERVER);
  }

  @Test
  void storeMethodsThatWriteRequireATransaction() {
    STORE_WRITES_REQUIRE_A_TRANSACTION.check(ConventionsTests.SERVER);
    assertThat(ConventionsTests.SERVER.stream().filter(c -> c.isAnnotatedWith(Repository.class))
        .flatMap(c -> c.getMethods().stream()).filter(TransactionsTests::writes))
        .as("the rule sees the stores' writes").hasSizeGreaterThanOrEqualTo(7);
  }

  @Test
  void selfInvocationIsCaughtOnAMethodAndOnAWholeTransactionalClass() {
    assertThat(NO_SELF_INVOCATION.evaluate(only(SelfInvoking.class)).getFailureReport().getDetails())
        .singleElement().asString().contains("SelfInvoking.outer()").contains("SelfInvoking.inner()");
    assertThat(NO_SELF_INVOCATION.evaluate(only(SelfInvokingClass.class)).getFailureReport().getDetails())
        .singleElement().asString().contains("SelfInvokingClass.first()").contains("SelfInvokingClass.second()");
    assertThat(NO_SELF_INVOCATION.evaluate(only(SelfInvokingLambda.class)).hasViolation()).isTrue();
    assertThat(NO_SELF_INVOCATION.evaluate(only(SharingAPrivateMethod.class)).hasViolation()).isFalse();
  }

  @Test
  void aStoreWriteWithoutAMandatoryTransactionIsCaught() {
    assertThat(STORE_WRITES_REQUIRE_A_TRANSACTION.evaluate(only(WritingAlone.class)).getFailureReport().getDetails())
        .singleElement().asString().contains("WritingAlone.add()");
    assertThat(STORE_WRITES_REQUIRE_A_TRANSACTION.evaluate(only(WritingInItsOwn.class)).hasViolation()).isTrue();
    assertThat(STORE_WRITES_REQUIRE_A_TRANSACTION.evaluate(only(WritingInTheCallers.class)).hasViolation()).isFalse();
  }

  /** Transactional when it, or its class for a method that is not private, says so. */
  private static boolean transactional(JavaMethod method) {
    return method.isAnnotatedWith(SPRING_TRANSACTIONAL) || method.isAnnotatedWith(JAKARTA_TRANSACTIONAL)
        || !method.getModifiers().contains(JavaModifier.PRIVATE)
        && (method.getOwner().isAnnotatedWith(SPRING_TRANSACTIONAL)
        || method.getOwner().isAnnotatedWith(JAKARTA_TRANSACTIONAL));
  }

  /** The class itself, or a class it is nested in, whose instance it reaches as {@code Outer.this}. */
  private static boolean ownClass(JavaClass origin, JavaClass target) {
    for (Optional<JavaClass> c = Optional.of(origin); c.isPresent(); c = c.get().getEnclosingClass()) {
      if (c.get().equals(target)) {
        return true;
      }
    }
    return false;
  }

  private static boolean writes(JavaMethod method) {
    return method.getMethodCallsFromSelf().stream().anyMatch(call -> WRITES.contains(call.getName())
        && (call.getTargetOwner().isAssignableTo(JdbcClient.StatementSpec.class)
        || call.getTargetOwner().isAssignableTo(JdbcOperations.class)
        || call.getTargetOwner().isAssignableTo(NamedParameterJdbcOperations.class)));
  }

  private static Optional<Transactional> attribute(JavaMethod method) {
    return method.tryGetAnnotationOfType(Transactional.class)
        .or(() -> method.getOwner().tryGetAnnotationOfType(Transactional.class));
  }

  private static JavaClasses only(Class<?> type) {
    return new ClassFileImporter().importClasses(type);
  }

  static class SelfInvoking {
    void outer() {
      inner();
    }

    @Transactional
    void inner() {}
  }

  @Transactional
  static class SelfInvokingClass {
    void first() {
      second();
    }

    void second() {}
  }

  static class SelfInvokingLambda {
    Runnable later() {
      return () -> inner();
    }

    @Transactional
    void inner() {}
  }

  static class SharingAPrivateMethod {
    @Transactional
    void first() {
      shared();
    }

    @Transactional
    void second() {
      shared();
    }

    private void shared() {}
  }

  @Repository
  static class WritingAlone {
    private JdbcClient jdbc;

    void add() {
      jdbc.sql("INSERT INTO t VALUES (1)").update();
    }
  }

  @Repository
  static class WritingInItsOwn {
    private JdbcClient jdbc;

    @Transactional
    void add() {
      jdbc.sql("INSERT INTO t VALUES (1)").update();
    }
  }

  @Repository
  static class WritingInTheCallers {
    private JdbcClient jdbc;

    @Transactional(propagation = Propagation.MANDATORY)
    void add() {
      jdbc.sql("INSERT INTO t VALUES (1)").update();
    }
  }
}
