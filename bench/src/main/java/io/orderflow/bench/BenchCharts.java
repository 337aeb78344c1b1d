package io.orderflow.bench;

import io.orderflow.bench.LedgerEntry.Outcome;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One PNG per run, two charts stacked: the lag of each order over the run (with its p50 and p99 per
 * time slice), and the throughput over the run (accepted and finished per second).
 */
final class BenchCharts {

  private static final int WIDTH = 1100;
  private static final int HEIGHT = 420;

  /** Time slices: the smallest of these that cuts the run into at most this many slices. */
  private static final double[] SLICE_SECONDS = {0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60};

  private static final int MAX_SLICES = 60;

  private BenchCharts() {}

  static void write(OrderLedger ledger, String title, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    long start = RunFigures.start(ledger);
    List<LedgerEntry> finished =
        ledger.entries().stream()
            .filter(o -> o.outcome == Outcome.ACCEPTED && o.isFinal())
            .toList();
    double end =
        ledger.entries().stream()
                .mapToLong(o -> Math.max(o.acceptedAt, o.finalAt))
                .max()
                .orElse(start)
            - start;
    double slice = sliceSeconds(end / 1e6);
    int slices = Math.max(1, (int) Math.ceil(end / 1e6 / slice));

    List<XYChart> charts =
        List.of(
            lagChart(title, finished, start, slice, slices),
            throughputChart(ledger, start, end / 1e6, slice, slices));
    for (XYChart chart : charts) {
      chart.getStyler().setXAxisMax(slices * slice); // one time axis for both
    }
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(charts, 2, 1, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }

  private static XYChart lagChart(
      String title, List<LedgerEntry> finished, long start, double slice, int slices) {
    XYChart chart = chart("Lag from 202 to final in the view (" + title + ")", "lag (ms)");
    double[] x = new double[finished.size()];
    double[] y = new double[finished.size()];
    List<List<Double>> lagsPerSlice = new ArrayList<>();
    for (int i = 0; i < slices; i++) {
      lagsPerSlice.add(new ArrayList<>());
    }
    for (int i = 0; i < finished.size(); i++) {
      LedgerEntry order = finished.get(i);
      x[i] = seconds(order.acceptedAt, start);
      y[i] = Math.max(0, order.finalAt - order.acceptedAt) / 1_000.0;
      lagsPerSlice.get(slice(x[i], slice, slices)).add(y[i]);
    }
    if (finished.isEmpty()) {
      return chart;
    }
    XYSeries orders = chart.addSeries("each order (by its 202)", x, y);
    orders.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    orders.setMarker(SeriesMarkers.CIRCLE);
    orders.setMarkerColor(new Color(90, 90, 90, 110));
    List<Double> sliceX = new ArrayList<>();
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    for (int i = 0; i < slices; i++) {
      double[] lags = lagsPerSlice.get(i).stream().mapToDouble(Double::doubleValue).toArray();
      if (lags.length > 0) {
        Arrays.sort(lags);
        sliceX.add((i + 0.5) * slice);
        p50.add(percentile(lags, 50));
        p99.add(percentile(lags, 99));
      }
    }
    line(chart, "p99 per %s s".formatted(number(slice)), sliceX, p99, new Color(200, 40, 40));
    line(chart, "p50 per %s s".formatted(number(slice)), sliceX, p50, new Color(30, 90, 200));
    return chart;
  }

  private static XYChart throughputChart(
      OrderLedger ledger, long start, double endSeconds, double slice, int slices) {
    XYChart chart = chart("Throughput", "orders per second");
    double[] accepted = new double[slices];
    double[] finished = new double[slices];
    for (LedgerEntry order : ledger.entries()) {
      if (order.acceptedAt != 0) {
        accepted[slice(seconds(order.acceptedAt, start), slice, slices)] += 1 / slice;
      }
      if (order.isFinal()) {
        finished[slice(seconds(order.finalAt, start), slice, slices)] += 1 / slice;
      }
    }
    // A last slice cut short by the end of the run would show a drop that did not happen.
    int shown = slices > 1 && (slices * slice) - endSeconds > slice / 10 ? slices - 1 : slices;
    List<Double> x = new ArrayList<>();
    for (int i = 0; i < shown; i++) {
      x.add((i + 0.5) * slice);
    }
    line(chart, "accepted (202) per second", x, first(accepted, shown), new Color(240, 150, 20));
    line(chart, "final in the view per second", x, first(finished, shown), new Color(40, 150, 60));
    return chart;
  }

  private static XYChart chart(String title, String yAxis) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle("seconds since the first order was due")
            .yAxisTitle(yAxis)
            .build();
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
    chart.getStyler().setMarkerSize(3);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisMin(0.0);
    return chart;
  }

  private static void line(
      XYChart chart, String name, List<Double> x, List<Double> y, Color color) {
    if (x.isEmpty()) {
      return;
    }
    XYSeries series = chart.addSeries(name, x, y);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(color);
  }

  private static double sliceSeconds(double runSeconds) {
    for (double slice : SLICE_SECONDS) {
      if (runSeconds / slice <= MAX_SLICES) {
        return slice;
      }
    }
    return SLICE_SECONDS[SLICE_SECONDS.length - 1];
  }

  /** The slice a time falls in; the end of the run belongs to the last slice. */
  private static int slice(double seconds, double slice, int slices) {
    return Math.min(slices - 1, (int) (seconds / slice));
  }

  private static double seconds(long micros, long start) {
    return Math.max(0, micros - start) / 1e6;
  }

  private static double percentile(double[] sorted, double percentile) {
    int rank = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static List<Double> first(double[] values, int count) {
    return Arrays.stream(values).limit(count).boxed().toList();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
