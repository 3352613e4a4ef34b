package se.hord.dialogue.summary;

import java.util.List;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.distance.EuclideanDistance;

/**
 * The mean silhouette of a clustering (Rousseeuw 1987): for each point, how much closer it is to
 * its own cluster than to the nearest other one, from -1 (misplaced) to 1 (well apart).
 */
final class Silhouette {
  private static final EuclideanDistance DISTANCE = new EuclideanDistance();

  private Silhouette() {}

  static double mean(List<CentroidCluster<DoublePoint>> clusters) {
    double sum = 0;
    int count = 0;
    for (CentroidCluster<DoublePoint> own : clusters) {
      for (DoublePoint point : own.getPoints()) {
        count++;
        if (own.getPoints().size() == 1) {
          continue; // a point alone in its cluster scores 0 by definition
        }
        double a = meanDistance(point, own, true);
        double b = Double.MAX_VALUE;
        for (CentroidCluster<DoublePoint> other : clusters) {
          if (other != own) {
            b = Math.min(b, meanDistance(point, other, false));
          }
        }
        double spread = Math.max(a, b);
        sum += spread == 0 ? 0 : (b - a) / spread;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  private static double meanDistance(
      DoublePoint point, CentroidCluster<DoublePoint> cluster, boolean own) {
    double total = 0;
    for (DoublePoint other : cluster.getPoints()) {
      total += DISTANCE.compute(point.getPoint(), other.getPoint());
    }
    int n = cluster.getPoints().size() - (own ? 1 : 0);
    return total / n;
  }
}
