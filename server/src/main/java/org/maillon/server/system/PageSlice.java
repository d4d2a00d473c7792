package org.maillon.server.system;

import java.util.List;
import java.util.function.Function;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * One page of a long list, with the links to the pages before and after it: at a million people a
 * list of every overdue link or every team weighs megabytes, so pages show it {@value #SIZE} at a
 * time. The links keep the request's other parameters and change only {@code page} (from 1).
 *
 * @param items the items of this page
 * @param page this page's number, from 1
 * @param pages how many pages the list makes, at least 1
 * @param total how many items the whole list holds
 * @param previous the link to the page before, or null on the first
 * @param next the link to the page after, or null on the last
 */
public record PageSlice<T>(List<T> items, int page, int pages, int total, String previous, String next) {

  /** Items per page. */
  public static final int SIZE = 50;

  /**
   * The requested page of a list, within the current request; a page number out of range gives the
   * nearest page, so that an old link still shows something.
   */
  public static <T> PageSlice<T> of(List<T> all, Integer requested) {
    int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
    int page = Math.max(1, Math.min(requested == null ? 1 : requested, pages));
    List<T> items = all.subList((page - 1) * SIZE, Math.min(all.size(), page * SIZE));
    return new PageSlice<>(List.copyOf(items), page, pages, all.size(), page > 1 ? link(page - 1) : null,
        page < pages ? link(page + 1) : null);
  }

  /** The same page with each item turned into another, e.g. a row shown, computed for this page only. */
  public <R> PageSlice<R> map(Function<T, R> row) {
    return new PageSlice<>(items.stream().map(row).toList(), page, pages, total, previous, next);
  }

  private static String link(int page) {
    UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
    return uri.getPath() + "?" + uri.getQuery();
  }
}
