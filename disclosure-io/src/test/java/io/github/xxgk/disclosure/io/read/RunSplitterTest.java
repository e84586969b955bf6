package io.github.xxgk.disclosure.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.CellKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunSplitterTest {
  private static final List<CellKind> ROW = Collections.nCopies(7, CellKind.COUNT);

  @Test
  void walksNoDeadEndsBeforeTokensThatCannotFillTheRow() {
    // a run of 30 digits, then four runs of zeros that need 16 cells of the 15 (a zero is a cell of its own): no
    // split; the walk must see that before it cuts the 30 digits every way (tens of millions of dead ends)
    List<String> tokens = List.of("6".repeat(30), "0000", "0000", "0000", "0000");
    List<CellKind> row = Collections.nCopies(15, CellKind.COUNT);
    List<List<String>> splits = RunSplitter.split(tokens, row);
    assertEquals(0, splits.size());
    assertTrue(RunSplitter.splitSteps(tokens, row) < 100, "steps: " + RunSplitter.splitSteps(tokens, row));
  }

  @Test
  void searchesNoBalancedGroupsBeforeTokensThatCannotFillTheRest() {
    // table 四 as a fuzzer mangled it: three zeros, 115 ones, seven zeros; the ones cannot fit in the five cells
    // the zeros leave, which the search must see before it balances groups in the ones (17,755,159 steps before)
    List<String> tokens = List.of("000", "1".repeat(115), "0000000");
    List<CellKind> table = Collections.nCopies(15, CellKind.COUNT);
    assertEquals(List.of(), RunSplitter.splitSums(tokens, table, 5));
    assertTrue(RunSplitter.splitSumsSteps(tokens, table, 5) < 1_000,
        "steps: " + RunSplitter.splitSumsSteps(tokens, table, 5));
  }

  @Test
  void searchesAGroupStartThatBalancesNowhereOnce() {
    // 1|0|0|10|11 and 10|0|1|0|11 both end the first group before the ones, whose groups never balance: the
    // second search of them is skipped (171,105 steps; 321,416 searching twice; 2,438,595 before any pruning)
    List<String> tokens = List.of("10010", "11" + "1".repeat(60));
    List<CellKind> table = Collections.nCopies(15, CellKind.COUNT);
    assertEquals(List.of(), RunSplitter.splitSums(tokens, table, 5));
    assertTrue(RunSplitter.splitSumsSteps(tokens, table, 5) < 250_000,
        "steps: " + RunSplitter.splitSumsSteps(tokens, table, 5));
  }

  @Test
  void splitsOnlyIntoBalancedGroups() {
    assertEquals(List.of(List.of("80", "1", "0", "0", "0", "0", "81")),
        RunSplitter.splitSums(List.of("801000081"), ROW, 7));
    assertEquals(List.of(List.of("3", "/", "0", "0", "0", "2", "5")),
        RunSplitter.splitSums(List.of("3", "/", "00025"), ROW, 7));
    assertEquals(List.of(), RunSplitter.splitSums(List.of("801000082"), ROW, 7));
    assertEquals(List.of(List.of("1", "1", "0", "0", "2", "3", "1", "0", "0", "4")),
        RunSplitter.splitSums(List.of("1100231004"), Collections.nCopies(10, CellKind.COUNT), 5));
  }

  @Test
  void findsTheSameSplitsAsFilteringEverySplit() {
    SplittableRandom random = new SplittableRandom(20261202L);
    for (int i = 0; i < 300; i++) {
      List<String> cells = new ArrayList<>();
      long sum = 0;
      for (int c = 0; c < 6; c++) {
        long v = random.nextInt(4) == 0 ? 0 : random.nextLong((long) Math.pow(10, 1 + random.nextInt(3)));
        sum += v;
        cells.add(Long.toString(v));
      }
      cells.add(Long.toString(sum));
      List<String> tokens = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      for (String c : cells) {
        run.append(c);
        if (random.nextInt(3) == 0) {
          tokens.add(run.toString());
          run.setLength(0);
        }
      }
      if (run.length() > 0) {
        tokens.add(run.toString());
      }
      List<List<String>> balanced = new ArrayList<>();
      for (List<String> c : RunSplitter.split(tokens, ROW)) {
        long s = 0;
        for (int k = 0; k < 6; k++) {
          s += Long.parseLong(c.get(k));
        }
        if (s == Long.parseLong(c.get(6))) {
          balanced.add(c);
        }
      }
      assertEquals(balanced, RunSplitter.splitSums(tokens, ROW, 7), tokens.toString());
    }
  }

  @Test
  void findsTheSameBalancedGroupsAsFilteringEverySplit() {
    List<CellKind> table = Collections.nCopies(15, CellKind.COUNT);
    SplittableRandom random = new SplittableRandom(20261203L);
    int withSplits = 0;
    int tooMany = 0;
    for (int i = 0; i < 300; i++) {
      List<String> cells = new ArrayList<>();
      for (int g = 0; g < 3; g++) {
        long sum = 0;
        for (int c = 0; c < 4; c++) {
          long v = random.nextInt(3) == 0 ? 0 : random.nextLong((long) Math.pow(10, 1 + random.nextInt(2)));
          sum += v;
          cells.add(v == 0 && random.nextInt(3) == 0 ? "/" : Long.toString(v));
        }
        cells.add(Long.toString(sum + (random.nextInt(10) == 0 ? 1 : 0)));
      }
      List<String> tokens = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      for (String c : cells) {
        if (c.equals("/")) {
          if (run.length() > 0) {
            tokens.add(run.toString());
            run.setLength(0);
          }
          tokens.add(c);
          continue;
        }
        run.append(c);
        if (random.nextInt(3) != 0) {
          tokens.add(run.toString());
          run.setLength(0);
        }
      }
      if (run.length() > 0) {
        tokens.add(run.toString());
      }
      List<List<String>> every = RunSplitter.split(tokens, table);
      if (every.size() > RunSplitter.LIMIT) {
        tooMany++; // too many splits to filter: draw another input in its place
        i--;
        continue;
      }
      List<List<String>> balanced = new ArrayList<>();
      for (List<String> c : every) {
        if (groupsBalance(c)) {
          balanced.add(c);
        }
      }
      withSplits += balanced.isEmpty() ? 0 : 1;
      assertEquals(balanced, RunSplitter.splitSums(tokens, table, 5), tokens.toString());
    }
    assertTrue(withSplits > 100 && withSplits < 300, "inputs with a balanced split: " + withSplits);
    assertTrue(tooMany < 100, "inputs drawn again: " + tooMany);
  }

  private static boolean groupsBalance(List<String> cells) {
    for (int g = 0; g < cells.size(); g += 5) {
      long s = 0;
      for (int k = g; k < g + 4; k++) {
        s += Values.isBlank(cells.get(k)) ? 0 : Long.parseLong(cells.get(k));
      }
      if (Values.isBlank(cells.get(g + 4)) || s != Long.parseLong(cells.get(g + 4))) {
        return false;
      }
    }
    return true;
  }
}
