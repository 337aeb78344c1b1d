package io.orderflow.web.views;

import java.util.List;

/** One page of a longer result, with the size of the whole. */
public record Page<T>(List<T> items, long total) {}
