package org.maillon.server.system;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A bar chart as charts.js draws it ({@code data-chart="bars"}), written by the server into the page's
 * JSON block. Colours are names of the palette, defined once in pages.css ({@code --palette-NAME}).
 * The page also shows it as a table ({@link #rows()}, fragment {@code chartTable}): the chart's text
 * equivalent, for screen readers and for whoever wants the figures.
 *
 * @param categories the bars' labels, in order
 * @param series one or more series of values, one value a category
 * @param horizontal whether bars run left to right, the categories down
 * @param markLine a dashed line across the bars, or null
 * @param xName the name of the horizontal axis, or null
 * @param yName the name of the vertical axis, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BarChart(List<String> categories, List<Series> series, boolean horizontal, MarkLine markLine,
    String xName, String yName) {

  /**
   * A series: its name, its values (numbers, or {@link Bar}s coloured one by one), its colour and, for bars
   * stacked on each other, the name of their stack; colour and stack may be null.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Series(String name, List<?> data, String color, String stack) {

    public Series(String name, List<?> data, String color) {
      this(name, data, color, null);
    }
  }

  /** A value drawn in its own colour. */
  public record Bar(Number value, String color) {}

  /** A line at the category {@code value}, across the {@code x} or {@code y} axis, labelled {@code name}. */
  public record MarkLine(String value, String axis, String name) {}

  /** A row of the chart's table: a category and its value in each series (null where it has none). */
  public record Row(String category, List<Number> values) {}

  public BarChart(List<String> categories, List<Series> series, boolean horizontal) {
    this(categories, series, horizontal, null, null, null);
  }

  /** This chart with its axes named. */
  public BarChart named(String x, String y) {
    return new BarChart(categories, series, horizontal, markLine, x, y);
  }

  /** The chart as a table's rows, one a category. */
  @JsonIgnore
  public List<Row> rows() {
    return IntStream.range(0, categories.size()).mapToObj(i -> new Row(categories.get(i),
        series.stream().map(one -> value(one.data().get(i))).toList())).toList();
  }

  private static Number value(Object datum) {
    return datum instanceof Bar bar ? bar.value() : (Number) datum;
  }

  /** This chart with a line across it. */
  public BarChart marked(MarkLine line) {
    return new BarChart(categories, series, horizontal, line, xName, yName);
  }
}
