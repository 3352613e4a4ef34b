package se.hord.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The London youth policing consultation from the Computational Democracy Project's open Polis data
 * (CC BY 4.0), read from {@code ../shared/data} beside the repository: 39 statements (36 accepted
 * by the moderators, 3 rejected) and 640 votes by 26 young people.
 */
public final class PolisLondon {
  /** Where the shared samples are when tests run in the module's directory. */
  public static final Path DATA = Path.of("../../shared/data");

  /** A statement: Polis comment id, whether the moderators accepted it, and its text. */
  public record Comment(String id, boolean accepted, String text) {}

  /** One vote in the order it was cast: 1 agree, -1 disagree, 0 pass. */
  public record CastVote(long timestamp, String comment, String voter, int vote) {}

  private PolisLondon() {}

  /** The statements, in comment-id order. */
  public static List<Comment> comments() {
    List<Comment> comments = new ArrayList<>();
    for (List<String> row : rows("polis_london_youth_policing_comments.csv")) {
      // timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body
      comments.add(new Comment(row.get(2), "1".equals(row.get(6)), row.get(7)));
    }
    comments.sort(Comparator.comparingInt(c -> Integer.parseInt(c.id())));
    return comments;
  }

  /** Every vote, oldest first (a later vote on the same statement replaces an earlier one). */
  public static List<CastVote> votes() {
    List<CastVote> votes = new ArrayList<>();
    for (List<String> row : rows("polis_london_youth_policing_votes.csv")) {
      // timestamp,datetime,comment-id,voter-id,vote
      votes.add(
          new CastVote(
              Long.parseLong(row.get(0)), row.get(2), row.get(3), Integer.parseInt(row.get(4))));
    }
    votes.sort(Comparator.comparingLong(CastVote::timestamp));
    return votes;
  }

  /** Each voter's last vote per statement, for statements the moderators accepted. */
  public static Map<String, Map<String, Integer>> acceptedVotesByVoter() {
    List<String> accepted = comments().stream().filter(Comment::accepted).map(Comment::id).toList();
    Map<String, Map<String, Integer>> byVoter = new TreeMap<>();
    for (CastVote v : votes()) {
      if (accepted.contains(v.comment())) {
        byVoter.computeIfAbsent(v.voter(), k -> new LinkedHashMap<>()).put(v.comment(), v.vote());
      }
    }
    return byVoter;
  }

  private static List<List<String>> rows(String file) {
    try {
      List<String> lines = Files.readAllLines(DATA.resolve(file));
      return lines.subList(1, lines.size()).stream().map(PolisLondon::split).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("the shared Polis sample is missing: " + file, e);
    }
  }

  /** Splits a CSV line; quoted fields may hold commas and doubled quotes. */
  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
