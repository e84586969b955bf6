package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ImmutableReport;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.ReviewGroup;
import io.github.xxgk.disclosure.model.ReviewResult;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates valid reports of either edition, deterministically from a seed.
 *
 * <p>A generated report satisfies every arithmetic identity of FORMAT.md §5 (table 三 O-T3-1 on every column,
 * S-T3-1, S-T3-2, table 四 S-T4-1..3), holds no negative count, prints every amount with the precision it holds,
 * and its section texts state the same totals as its tables. Only zero cells are printed blank. A
 * {@linkplain #generatePair pair} is consistent across the two years (FORMAT.md §5.4 across the
 * 2020→2021 edition change). The same seed and options always give the same report; instances are immutable and
 * thread-safe.
 */
public final class ReportGenerator {
  private static final String[] BLANK_MARKERS = {"", "-", "—", "/", "无"};
  private static final Map<BodyLevel, List<String>> BODIES = new EnumMap<>(BodyLevel.class);

  static {
    BODIES.put(BodyLevel.STATE_COUNCIL_DEPARTMENT, List.of("自然资源部", "生态环境部", "交通运输部", "国家统计局"));
    BODIES.put(BodyLevel.PROVINCE, List.of("浙江省人民政府", "四川省人民政府", "江苏省人民政府", "湖北省人民政府"));
    BODIES.put(BodyLevel.PREFECTURE, List.of("张家口市人民政府", "怀化市人民政府", "威海市人民政府", "淮安市人民政府"));
    BODIES.put(BodyLevel.COUNTY, List.of("张家口市宣化区人民政府", "淮安市洪泽区人民政府", "商南县人民政府", "桃江县人民政府"));
    BODIES.put(BodyLevel.TOWNSHIP, List.of("商南县过风楼镇人民政府", "济南市历下区大明湖街道办事处", "桃江县松木塘镇人民政府",
        "麻阳县板栗树乡人民政府"));
    BODIES.put(BodyLevel.DEPARTMENT, List.of("武汉市生态环境局", "威海市文登区审计局", "岳阳市南湖新区财政局",
        "上海市科学技术委员会"));
  }

  private final GeneratorOptions options;

  private ReportGenerator(GeneratorOptions options) {
    this.options = options;
  }

  /** Returns a generator with the given options. */
  public static ReportGenerator of(GeneratorOptions options) {
    return new ReportGenerator(Objects.requireNonNull(options, "options"));
  }

  public GeneratorOptions getOptions() {
    return options;
  }

  /** Returns the valid report of the given seed. */
  public Report generate(long seed) {
    return generate(new SplittableRandom(seed));
  }

  /** Returns a valid report drawn from the given random generator. */
  public Report generate(RandomGenerator random) {
    return generate(Source.of(random));
  }

  /** Returns the consistent pair of consecutive years of the given seed. */
  public ReportPair generatePair(long seed) {
    return generatePair(new SplittableRandom(seed));
  }

  /**
   * Returns a consistent pair of consecutive years of one body drawn from the given random generator; the current
   * year is the options' year (at least 2020) or drawn.
   */
  public ReportPair generatePair(RandomGenerator random) {
    return generatePair(Source.of(random));
  }

  Report generate(Source source) {
    int year = options.getYear().isPresent() ? options.getYear().getAsInt() : drawYear(source, 2019);
    return new Draft(source, year, null).toReport();
  }

  ReportPair generatePair(Source source) {
    int year;
    if (options.getYear().isPresent()) {
      year = options.getYear().getAsInt();
      if (year < 2020) {
        throw new IllegalArgumentException("year of the current report of a pair must be >= 2020: " + year);
      }
    } else {
      Edition edition = options.getEdition().orElse(Edition.GOV_2019);
      year = drawYear(source, edition == Edition.GOV_2019 ? 2020 : 2022);
    }
    Report previous = new Draft(source, year - 1, null).toReport();
    return ReportPair.of(previous, new Draft(source, year, previous).toReport());
  }

  private int drawYear(Source source, int min) {
    Edition edition = options.getEdition().orElse(null);
    if (edition == Edition.GOV_2019) {
      return (int) source.between(Math.min(min, 2020), 2020);
    }
    return (int) source.between(edition == null ? min : Math.max(min, 2021), 2025);
  }

  /** One report being drawn: counts by cell ordinal, then blanks, texts and metadata. */
  private final class Draft {
    private final Source source;
    private final int year;
    private final Report previous;
    private final Catalog catalog;
    private final BodyLevel level;
    private final String body;
    private final Scale scale;
    private final long[] counts = new long[Catalog.cellCount()];
    private Money money;

    Draft(Source source, int year, Report previous) {
      this.source = source;
      this.year = year;
      this.previous = previous;
      this.scale = options.getScale();
      Edition edition = options.getEdition().orElse(Edition.forYear(year));
      this.catalog = edition == Edition.MIXED ? Catalog.of(Edition.GOV_2021, Edition.GOV_2019) : Catalog.of(edition);
      if (previous != null) {
        this.level = previous.getLevel().orElseThrow();
        this.body = previous.getBody();
      } else {
        BodyLevel[] levels = BodyLevel.values();
        this.level = options.getLevel().orElseGet(() -> levels[source.index(levels.length)]);
        List<String> names = BODIES.get(level);
        this.body = names.get(source.index(names.size()));
      }
    }

    Report toReport() {
      requests();
      reviewLitigation();
      if (catalog.getProactiveEdition() == Edition.GOV_2019) {
        proactive2019();
      } else {
        proactive2021();
      }
      CellSheet sheet = CellSheet.of(catalog);
      int blankPercent = (int) Math.round(options.getBlankShare() * 100);
      for (Cell cell : catalog.getCells()) {
        boolean zero = cell.getKind() == CellKind.MONEY ? money.getAmount().signum() == 0 : count(cell) == 0;
        if (zero && source.chance(blankPercent)) {
          String marker = BLANK_MARKERS[source.index(BLANK_MARKERS.length)];
          sheet.put(cell, marker.isEmpty() ? CellValue.blank() : CellValue.blank(marker));
        } else if (cell.getKind() == CellKind.MONEY) {
          sheet.put(cell, CellValue.of(money));
        } else {
          sheet.put(cell, count(cell));
        }
      }
      ImmutableReport.Builder builder = sheet.applyTo(Report.builder()).year(year).body(body).level(level)
          .title(body + year + "年政府信息公开工作年度报告")
          .publishDate(publishDate())
          .indexNumber(String.format("XXGK-%d-%04d", year + 1, source.between(1, 9999)));
      catalog.getEdition().getNotice().ifPresent(builder::citedNotice);
      if (options.isSectionTexts()) {
        builder.sections(sections());
      }
      return builder.build();
    }

    private LocalDate publishDate() {
      boolean government = level == BodyLevel.PROVINCE || level == BodyLevel.PREFECTURE
          || level == BodyLevel.COUNTY;
      return LocalDate.of(year + 1, 1, 10).plusDays(source.between(0, government ? 80 : 21));
    }

    private void requests() {
      List<RequestRow> leaves = RequestRow.outcomes(catalog.getRequestsEdition());
      Catalog previousCatalog = previous == null ? null : previous.getCatalog();
      for (Applicant column : Applicant.parts()) {
        int density = column == Applicant.NATURAL_PERSON ? Math.min(90, scale.getDensity() + 25)
            : scale.getDensity() / 2;
        long outcomes = 0;
        for (RequestRow row : leaves) {
          long value = sparse(density, scale.getMaxCell());
          set(row, column, value);
          outcomes += value;
        }
        set(RequestRow.OUTCOMES_TOTAL, column, outcomes);
        long toNext = sparse(density, scale.getMaxCell());
        long fromPrevious;
        if (previous != null) {
          fromPrevious = previous.getCount(previousCatalog.get(RequestRow.CARRIED_OVER_TO_NEXT, column));
          toNext = Math.max(toNext, fromPrevious - outcomes);
        } else {
          fromPrevious = source.chance(density) ? source.between(0, Math.min(scale.getMaxCell(), outcomes + toNext))
              : 0;
        }
        set(RequestRow.CARRIED_OVER_TO_NEXT, column, toNext);
        set(RequestRow.CARRIED_OVER_FROM_PREVIOUS, column, fromPrevious);
        set(RequestRow.NEW_RECEIVED, column, outcomes + toNext - fromPrevious);
      }
      for (RequestRow row : RequestRow.of(catalog.getRequestsEdition())) {
        long total = 0;
        for (Applicant column : Applicant.parts()) {
          total += counts[catalog.get(row, column).getOrdinal()];
        }
        set(row, Applicant.TOTAL, total);
      }
    }

    private void reviewLitigation() {
      long max = Math.max(1, scale.getMaxCell() / 10);
      for (ReviewGroup group : ReviewGroup.values()) {
        long total = 0;
        for (ReviewResult result : ReviewResult.parts()) {
          long value = sparse(scale.getDensity() / 2, max);
          counts[catalog.get(group, result).getOrdinal()] = value;
          total += value;
        }
        counts[catalog.get(group, ReviewResult.TOTAL).getOrdinal()] = total;
      }
    }

    private void proactive2019() {
      boolean samePrevious = previous != null && previous.getCatalog().getProactiveEdition() == Edition.GOV_2019;
      long docs = Math.max(1, scale.getMaxCell() / 3);
      for (String row : List.of("regulations", "normative_documents")) {
        String p = "t2.art20_1." + row + ".";
        boolean allowed = !"regulations".equals(row) || level.makesRegulations();
        long made = allowed ? sparse(scale.getDensity(), docs) : 0;
        long published = made;
        long stock = samePrevious ? previousCount(p + "total_published") + published
            : published + (allowed ? source.between(0, docs * 5) : 0);
        set(p + "newly_made", made);
        set(p + "newly_published", published);
        set(p + "total_published", stock);
      }
      long itemsMax = Math.max(1, scale.getMaxCell() * 2);
      for (String row : List.of("art20_5.administrative_licensing", "art20_5.other_external_management_services",
          "art20_6.administrative_penalty", "art20_6.administrative_coercion", "art20_8.administrative_fees")) {
        String p = "t2." + row + ".";
        long before = samePrevious
            ? previousCount(p + "items_prev_year") + previousCount(p + "items_change")
            : source.between(0, itemsMax);
        long change = source.chance(30) ? -source.between(0, before) : source.between(0, Math.max(1, itemsMax / 5));
        set(p + "items_prev_year", before);
        set(p + "items_change", change);
        if (!row.endsWith("fees")) {
          set(p + "decisions", sparse(scale.getDensity(), scale.getMaxCell() * 30));
        }
      }
      String p = "t2.art20_9.government_centralized_procurement.";
      long projects = sparse(scale.getDensity(), itemsMax);
      set(p + "procurement_projects", projects);
      if (projects == 0) {
        money = Money.ofYuan(BigDecimal.ZERO).withPrinted("0元");
      } else {
        MoneyUnit[] units = MoneyUnit.values();
        MoneyUnit unit = units[source.index(units.length)];
        BigDecimal amount;
        if (unit == MoneyUnit.YUAN) {
          amount = BigDecimal.valueOf(source.between(1, scale.getMaxCell() * 100_000));
        } else if (unit == MoneyUnit.WAN_YUAN) {
          amount = BigDecimal.valueOf(source.between(1, scale.getMaxCell() * 1_000), 2);
        } else {
          amount = BigDecimal.valueOf(source.between(1, Math.max(1, scale.getMaxCell() / 10)), 2);
        }
        money = Money.of(amount, unit).withPrinted(amount.toPlainString() + unit.getLabel());
      }
    }

    private void proactive2021() {
      boolean samePrevious = previous != null && previous.getCatalog().getProactiveEdition() == Edition.GOV_2021;
      long docs = Math.max(1, scale.getMaxCell() / 3);
      for (String row : List.of("regulations", "normative_documents")) {
        String p = "t2.art20_1." + row + ".";
        boolean allowed = !"regulations".equals(row) || level.makesRegulations();
        long issued = allowed ? sparse(scale.getDensity(), docs) : 0;
        long repealed;
        long inForce;
        if (samePrevious) {
          long before = previousCount(p + "in_force");
          repealed = source.between(0, Math.min(docs, before + issued));
          inForce = before + issued - repealed;
        } else {
          repealed = allowed ? sparse(scale.getDensity() / 2, docs) : 0;
          inForce = issued + (allowed ? source.between(0, docs * 5) : 0);
        }
        set(p + "issued", issued);
        set(p + "repealed", repealed);
        set(p + "in_force", inForce);
      }
      for (String row : List.of("art20_5.administrative_licensing", "art20_6.administrative_penalty",
          "art20_6.administrative_coercion")) {
        set("t2." + row + ".decisions", sparse(scale.getDensity(), scale.getMaxCell() * 30));
      }
      long cents = sparse(scale.getDensity(), scale.getMaxCell() * 1_000);
      BigDecimal amount = cents == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(cents, 2);
      money = Money.ofWanYuan(amount).withPrinted(amount.toPlainString());
    }

    private Map<Section, String> sections() {
      Map<Section, String> texts = new EnumMap<>(Section.class);
      long received = total(RequestRow.NEW_RECEIVED);
      long fromPrevious = total(RequestRow.CARRIED_OVER_FROM_PREVIOUS);
      long concluded = total(RequestRow.OUTCOMES_TOTAL);
      long toNext = total(RequestRow.CARRIED_OVER_TO_NEXT);
      long review = counts[catalog.get(ReviewGroup.REVIEW, ReviewResult.TOTAL).getOrdinal()];
      long litigation = counts[catalog.get(ReviewGroup.LITIGATION_DIRECT, ReviewResult.TOTAL).getOrdinal()]
          + counts[catalog.get(ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewResult.TOTAL).getOrdinal()];
      texts.put(Section.OVERVIEW, "本年度，" + body + "认真贯彻落实《中华人民共和国政府信息公开条例》，"
          + "持续推进主动公开、依申请公开、政府信息管理、平台建设和监督保障等各项工作。");
      texts.put(Section.PROACTIVE_DISCLOSURE, "本年度主动公开政府信息情况见下表。");
      texts.put(Section.REQUESTS, "本年度新收政府信息公开申请" + received + "件，上年结转政府信息公开申请" + fromPrevious
          + "件，办理完结" + concluded + "件，结转下年度继续办理" + toNext + "件。");
      texts.put(Section.REVIEW_LITIGATION, "本年度因政府信息公开工作被申请行政复议" + review + "件，被提起行政诉讼"
          + litigation + "件。");
      texts.put(Section.PROBLEMS_IMPROVEMENTS, "一是信息公开的及时性有待提高；二是政策解读形式较为单一。"
          + "下一步将加强业务培训，提升公开质量。");
      String fees;
      if (catalog.getRequestsEdition() == Edition.GOV_2021
          && total(RequestRow.OTHER_FEE_UNPAID_OVERDUE) > 0) {
        fees = "本年度依据《政府信息公开信息处理费管理办法》发出收费通知，申请人逾期未缴纳，未实际收取信息处理费。";
      } else {
        fees = "本年度未收取信息处理费。";
      }
      texts.put(Section.OTHER_MATTERS, fees + "无其他需要报告的事项。");
      return texts;
    }

    private long sparse(int density, long max) {
      return source.chance(density) ? source.between(1, Math.max(1, max)) : 0;
    }

    private long total(RequestRow row) {
      return counts[catalog.get(row, Applicant.TOTAL).getOrdinal()];
    }

    private long count(Cell cell) {
      return counts[cell.getOrdinal()];
    }

    private void set(RequestRow row, Applicant column, long value) {
      counts[catalog.get(row, column).getOrdinal()] = value;
    }

    private void set(String address, long value) {
      counts[catalog.get(address).getOrdinal()] = value;
    }

    private long previousCount(String address) {
      return previous.getCount(previous.getCatalog().get(address));
    }
  }

  static Report rebuild(Report base, CellSheet sheet) {
    return sheet.applyTo(Report.builder().from(base).printed(Map.of()).states(Map.of())).build();
  }

  static boolean includesAll(Report report) {
    for (TableId table : TableId.values()) {
      if (!report.hasTable(table)) {
        return false;
      }
    }
    return true;
  }
}
