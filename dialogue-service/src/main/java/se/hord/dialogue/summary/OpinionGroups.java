package se.hord.dialogue.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.clustering.MultiKMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Opinion groups as Polis finds them: each participant with at least {@link #MIN_VOTES} votes is a
 * row of the vote matrix (agree 1, disagree -1, pass or no vote 0); the columns are centred and
 * projected on their first two principal components (SVD); k-means++ then splits the points into k
 * = 2..5 groups, keeping the k with the best mean silhouette. The random generator has a fixed seed
 * and the input is sorted, so the same votes always give the same groups.
 */
public final class OpinionGroups {
  /** Votes a participant needs before they are placed in a group. */
  public static final int MIN_VOTES = 3;

  /** Fewer clustered participants than this form no groups: too few to say anything safely. */
  public static final int MIN_PARTICIPANTS = 10;

  /**
   * A split leaving any group smaller than this is not used: a group that small could not be
   * described without showing the votes of a few people (see {@link Suppression}).
   */
  public static final int MIN_GROUP = Suppression.THRESHOLD;

  static final int MAX_K = 5;
  static final long SEED = 20_220_727L;
  static final int TRIALS = 10;
  static final int MAX_ITERATIONS = 200;

  private OpinionGroups() {}

  /** One group: its members and its centre in the two-component space. */
  public record Group(int id, List<String> members, double[] centroid) {}

  /** The groups found (none when too few took part), the k chosen and its mean silhouette. */
  public record Result(int k, double silhouette, List<Group> groups) {
    /** No groups at all. */
    static Result none() {
      return new Result(0, 0, List.of());
    }

    /** The group of each clustered participant. */
    public Map<String, Integer> groupOf() {
      Map<String, Integer> of = new LinkedHashMap<>();
      groups.forEach(g -> g.members().forEach(m -> of.put(m, g.id())));
      return of;
    }
  }

  /**
   * Finds the groups.
   *
   * @param statements the statement keys, the columns of the vote matrix
   * @param votes per participant, statement key to 1, -1 or 0
   */
  public static Result find(List<String> statements, Map<String, Map<String, Integer>> votes) {
    Map<String, Map<String, Integer>> voters = new TreeMap<>();
    votes.forEach(
        (participant, theirs) -> {
          if (theirs.size() >= MIN_VOTES) {
            voters.put(participant, theirs);
          }
        });
    if (voters.size() < MIN_PARTICIPANTS || statements.size() < 2) {
      return Result.none();
    }
    List<String> participants = new ArrayList<>(voters.keySet());
    List<DoublePoint> points = project(matrix(statements, participants, voters));
    Result best = Result.none();
    for (int k = 2; k <= Math.min(MAX_K, points.size() - 1); k++) {
      List<CentroidCluster<DoublePoint>> clusters = cluster(points, k);
      if (clusters == null) {
        continue;
      }
      double silhouette = Silhouette.mean(clusters);
      if (best.groups().isEmpty() || silhouette > best.silhouette()) {
        best = new Result(k, silhouette, groups(clusters, points, participants));
      }
    }
    return best;
  }

  private static double[][] matrix(
      List<String> statements, List<String> participants, Map<String, Map<String, Integer>> votes) {
    double[][] rows = new double[participants.size()][statements.size()];
    for (int p = 0; p < participants.size(); p++) {
      Map<String, Integer> theirs = votes.get(participants.get(p));
      for (int s = 0; s < statements.size(); s++) {
        rows[p][s] = theirs.getOrDefault(statements.get(s), 0);
      }
    }
    return rows;
  }

  /** Centres the columns and keeps the first two principal components of each row. */
  private static List<DoublePoint> project(double[][] rows) {
    RealMatrix m = new Array2DRowRealMatrix(rows);
    for (int c = 0; c < m.getColumnDimension(); c++) {
      double[] column = m.getColumn(c);
      double mean = java.util.Arrays.stream(column).average().orElse(0);
      for (int r = 0; r < column.length; r++) {
        column[r] -= mean;
      }
      m.setColumn(c, column);
    }
    SingularValueDecomposition svd = new SingularValueDecomposition(m);
    int components = Math.min(2, svd.getRank());
    RealMatrix loadings = svd.getV().getSubMatrix(0, m.getColumnDimension() - 1, 0, 1);
    for (int c = 0; c < 2; c++) {
      // A component's sign is arbitrary; fix it so its largest loading is positive.
      double[] v = loadings.getColumn(c);
      int largest = 0;
      for (int i = 1; i < v.length; i++) {
        if (Math.abs(v[i]) > Math.abs(v[largest])) {
          largest = i;
        }
      }
      if (v[largest] < 0 || c >= components) {
        loadings.setColumn(c, c >= components ? new double[v.length] : negate(v));
      }
    }
    RealMatrix scores = m.multiply(loadings);
    List<DoublePoint> points = new ArrayList<>(scores.getRowDimension());
    for (int r = 0; r < scores.getRowDimension(); r++) {
      points.add(new DoublePoint(scores.getRow(r)));
    }
    return points;
  }

  private static double[] negate(double[] v) {
    double[] n = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      n[i] = -v[i];
    }
    return n;
  }

  private static List<CentroidCluster<DoublePoint>> cluster(List<DoublePoint> points, int k) {
    KMeansPlusPlusClusterer<DoublePoint> kmeans =
        new KMeansPlusPlusClusterer<>(
            k, MAX_ITERATIONS, new EuclideanDistance(), new JDKRandomGenerator((int) SEED));
    try {
      List<CentroidCluster<DoublePoint>> clusters =
          new MultiKMeansPlusPlusClusterer<>(kmeans, TRIALS).cluster(points);
      return clusters.stream().anyMatch(c -> c.getPoints().size() < MIN_GROUP) ? null : clusters;
    } catch (MathIllegalStateException tooFewDistinctPoints) {
      return null;
    }
  }

  /** The clusters as groups, largest first, each with its members' participant keys. */
  private static List<Group> groups(
      List<CentroidCluster<DoublePoint>> clusters,
      List<DoublePoint> points,
      List<String> participants) {
    Map<DoublePoint, String> owner = new java.util.IdentityHashMap<>();
    for (int i = 0; i < points.size(); i++) {
      owner.put(points.get(i), participants.get(i));
    }
    List<CentroidCluster<DoublePoint>> ordered = new ArrayList<>(clusters);
    ordered.sort(
        Comparator.<CentroidCluster<DoublePoint>>comparingInt(c -> -c.getPoints().size())
            .thenComparingDouble(c -> c.getCenter().getPoint()[0]));
    List<Group> groups = new ArrayList<>();
    for (int g = 0; g < ordered.size(); g++) {
      CentroidCluster<DoublePoint> c = ordered.get(g);
      List<String> members = c.getPoints().stream().map(owner::get).sorted().toList();
      groups.add(new Group(g + 1, members, c.getCenter().getPoint().clone()));
    }
    return groups;
  }
}
