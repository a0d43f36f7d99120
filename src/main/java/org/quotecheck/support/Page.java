package org.quotecheck.support;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the envelope every list endpoint returns. {@code page} counts from 0.
 * {@code totalCapped}: more items match than were counted, and {@code total} is a lower bound (a
 * list over a million quotations counts to a bound instead of reading every row).
 */
public record Page<T>(List<T> items, int page, int size, long total,
        @Schema(description = "true when more items match than were counted: total is then a lower bound")
        boolean totalCapped) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), page, size, total, totalCapped);
    }
}
