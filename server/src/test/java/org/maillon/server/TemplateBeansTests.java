package org.maillon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * Templates call only the beans of their own module, the folder they sit in ({@code ${@bean...}}),
 * and templates outside a module's folder (layout, errors, sign-in) call none: what a page shows
 * of another module reaches it through its controller, in Java, where Spring Modulith's
 * {@code verify()} sees the dependency.
 */
class TemplateBeansTests {

  static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
  private static final Pattern EXPRESSION = Pattern.compile("[$*]\\{([^}]*)}");
  private static final Pattern BEAN = Pattern.compile("@([A-Za-z_]\\w*)");

  @Test
  void templatesCallOnlyTheBeansOfTheirOwnModule() {
    Map<String, String> modules = beanModules();
    List<String> calls = new ArrayList<>();
    templates().forEach((template, text) -> beans(text).forEach(bean -> {
      String folder = template.getNameCount() > 1 ? template.getName(0).toString() : "";
      if (!folder.equals(modules.get(bean))) {
        calls.add(template + " calls @" + bean + " of " + modules.getOrDefault(bean, "no module"));
      }
    }));
    assertThat(calls).isEmpty();
  }

  @Test
  void theBeansTemplatesCallAreFound() {
    assertThat(beans("<p th:text=\"${@antiValueChain.of(figures)}\" th:href=\"@{/teams}\">a@b.fr</p>"))
        .containsExactly("antiValueChain");
    assertThat(beanModules()).containsEntry("antiValueChain", "diagnosis")
        .containsEntry("listeningService", "listening");
    assertThat(templates().values().stream().flatMap(text -> beans(text).stream())).contains("antiValueChain");
  }

  /** The beans named in the expressions of a template, {@code @{...}} links left out. */
  static List<String> beans(String template) {
    List<String> beans = new ArrayList<>();
    Matcher expression = EXPRESSION.matcher(template);
    while (expression.find()) {
      Matcher bean = BEAN.matcher(expression.group(1));
      while (bean.find()) {
        beans.add(bean.group(1));
      }
    }
    return beans;
  }

  /** Every template by its path under the templates folder. */
  static Map<Path, String> templates() {
    Map<Path, String> templates = new TreeMap<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        templates.put(TEMPLATES.relativize(file), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return templates;
  }

  /** By bean name, the module of the server (its package under {@code org.maillon.server}) that declares it. */
  static Map<String, String> beanModules() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Map<String, String> modules = new TreeMap<>();
    for (BeanDefinition component : scanner.findCandidateComponents("org.maillon.server")) {
      String module = module(component.getBeanClassName());
      modules.put(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(component, registry), module);
      Class<?> type = ClassUtils.resolveClassName(component.getBeanClassName(), null);
      for (Method method : type.getDeclaredMethods()) {
        Bean bean = method.getAnnotation(Bean.class);
        if (bean != null) {
          modules.put(bean.name().length > 0 ? bean.name()[0] : method.getName(), module);
        }
      }
    }
    return modules;
  }

  private static String module(String className) {
    String[] packages = className.substring("org.maillon.server.".length()).split("\\.");
    return packages.length == 1 ? "server" : packages[0];
  }
}
