/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.community;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.JdbcUnitOfWork;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.bazaar.BazaarOffer;
import org.koprogo.domain.community.bazaar.BazaarStatus;
import org.koprogo.domain.community.bazaar.OfferKind;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.exchange.ExchangeId;
import org.koprogo.domain.community.exchange.ExchangeStatus;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.lending.Deposit;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.LoanStatus;
import org.koprogo.domain.community.notices.Notice;
import org.koprogo.domain.community.notices.NoticeKind;
import org.koprogo.domain.community.skills.SkillListing;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;
import org.koprogo.ports.out.community.CommunityBuilding;
import org.koprogo.ports.out.community.CommunityBuildings;
import org.koprogo.ports.out.community.CommunityStore;
import org.koprogo.ports.out.community.NumberedSkill;

/**
 * {@link CommunityBuildings} on the JDBC adapter's database (tables of {@code
 * V50__community.sql}). The root row {@code community_buildings} carries the version: {@link
 * #update} changes it with {@code where version = ?} first, and only when that one row changed
 * does it rewrite the building's module rows, in the same transaction. Two units of work that
 * read the same version therefore cannot both store: on PostgreSQL the second {@code update}
 * waits for the first to commit, then finds another version and changes nothing ({@code
 * CONCURRENT_UPDATE}); H2 behaves the same under its row locks. Every statement names the
 * organisation.
 *
 * <p>Joins the {@link JdbcStore}'s transactions; thread-safe.
 */
public final class JdbcCommunityBuildings implements CommunityBuildings {
  private static final String[] CHILD_TABLES = {
    "community_exchange_ratings", "community_loans", "community_exchanges", "community_objects",
    "community_bazaar_offers", "community_skills", "community_notices", "community_modules", "community_people"
  };

  /** The listings read at a time by a search of the skills directory. */
  static final int SKILL_BATCH = 200;

  private final JdbcUnitOfWork db;

  public JdbcCommunityBuildings(JdbcStore store) {
    this.db = JdbcUnitOfWork.of(Objects.requireNonNull(store, "store"));
  }

  /** The community store on {@code store}: these buildings and the store's transactions. */
  public static CommunityStore storeOn(JdbcStore store) {
    return new CommunityStore(new JdbcCommunityBuildings(store), store.transactions());
  }

  @Override
  public CommunityBuilding add(CommunityBuilding c) {
    Objects.requireNonNull(c, "community");
    if (c.version() != 0) {
      throw new IllegalArgumentException("a new community has version 0, not " + c.version());
    }
    return db.inTransaction(
        conn -> {
          int inserted =
              CommunitySql.update(
                  conn,
                  "insert into community_buildings (organisation_id, building_id, floor_minutes, bazaar_lifetime_seconds, version)"
                      + " values (?, ?, ?, ?, ?) on conflict do nothing",
                  org(c), building(c), c.floor() == null ? null : c.floor().minutes(), c.bazaarLifetime().toSeconds(), 1L);
          if (inserted == 0) {
            throw StoreErrors.concurrentUpdate(kind(), c.building().value(), 0);
          }
          writeChildren(conn, c);
          return c.withVersion(1);
        });
  }

  @Override
  public CommunityBuilding update(CommunityBuilding c) {
    Objects.requireNonNull(c, "community");
    long expected = c.version();
    return db.inTransaction(
        conn -> {
          int changed =
              CommunitySql.update(
                  conn,
                  "update community_buildings set floor_minutes = ?, bazaar_lifetime_seconds = ?, version = ?"
                      + " where organisation_id = ? and building_id = ? and version = ?",
                  c.floor() == null ? null : c.floor().minutes(), c.bazaarLifetime().toSeconds(), expected + 1,
                  org(c), building(c), expected);
          if (changed == 0) {
            boolean exists =
                !CommunitySql.query(
                        conn, "select 1 from community_buildings where organisation_id = ? and building_id = ?",
                        rs -> Boolean.TRUE, org(c), building(c))
                    .isEmpty();
            throw exists
                ? StoreErrors.concurrentUpdate(kind(), c.building().value(), expected)
                : StoreErrors.notFound(kind(), c.building().value());
          }
          for (String table : CHILD_TABLES) {
            CommunitySql.update(conn, "delete from " + table + " where organisation_id = ? and building_id = ?", org(c), building(c));
          }
          writeChildren(conn, c);
          return c.withVersion(expected + 1);
        });
  }

  @Override
  public Optional<CommunityBuilding> find(OrganisationId organisation, BuildingId id) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    return db.withConnection(
        conn -> {
          List<Root> roots =
              CommunitySql.query(
                  conn, "select * from community_buildings where organisation_id = ? and building_id = ?",
                  CommunityRows::root, organisation.value(), id.value());
          return roots.isEmpty() ? Optional.empty() : Optional.of(load(conn, organisation, roots.get(0)));
        });
  }

  @Override
  public List<CommunityBuilding> all(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return db.withConnection(
        conn -> {
          List<Root> roots =
              CommunitySql.query(
                  conn, "select * from community_buildings where organisation_id = ? order by building_id",
                  CommunityRows::root, organisation.value());
          List<CommunityBuilding> result = new ArrayList<>();
          for (Root r : roots) {
            result.add(load(conn, organisation, r));
          }
          return List.copyOf(result);
        });
  }

  @Override
  public Optional<CommunitySettings> settings(OrganisationId organisation, BuildingId building) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    Object[] key = {organisation.value(), building.value()};
    String where = " where organisation_id = ? and building_id = ?";
    return db.withConnection(
        conn -> {
          if (CommunitySql.query(conn, "select 1 from community_buildings" + where, rs -> Boolean.TRUE, key).isEmpty()) {
            return Optional.<CommunitySettings>empty();
          }
          Set<NeighbourId> council = new LinkedHashSet<>(CommunitySql.query(
              conn, "select neighbour_id from community_people" + where + " and is_council order by neighbour_id",
              rs -> NeighbourId.of(rs.getString("neighbour_id")), key));
          Set<CommunityModule> modules = new HashSet<>(CommunitySql.query(
              conn, "select module from community_modules" + where,
              rs -> CommunityModule.valueOf(rs.getString("module")), key));
          return Optional.of(new CommunitySettings(building, council, modules));
        });
  }

  @Override
  public List<Exchange> exchanges(
      OrganisationId organisation, BuildingId building, Optional<ExchangeId> after, int limit) {
    Objects.requireNonNull(after, "after");
    PageQuery page = PageQuery.of("community_exchanges", "exchange_id", "exchange_id", organisation, building,
        after.map(ExchangeId::value), limit);
    String where = " where organisation_id = ? and building_id = ?";
    return db.withConnection(
        conn -> {
          List<String> ids = CommunitySql.query(conn, page.sql(), rs -> rs.getString("exchange_id"), page.params());
          if (ids.isEmpty()) {
            return List.<Exchange>of();
          }
          String in = " and exchange_id in (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
          List<Object> keyed = new ArrayList<>(List.of(organisation.value(), building.value()));
          keyed.addAll(ids);
          Map<String, Map<NeighbourId, Integer>> ratings = new HashMap<>();
          CommunitySql.query(
              conn, "select exchange_id, rated_by, stars from community_exchange_ratings" + where + in,
              rs -> ratings.computeIfAbsent(rs.getString("exchange_id"), k -> new HashMap<>())
                  .put(NeighbourId.of(rs.getString("rated_by")), rs.getInt("stars")),
              keyed.toArray());
          return List.copyOf(CommunitySql.query(
              conn, "select * from community_exchanges" + where + in + " order by sort_order",
              rs -> CommunityRows.exchange(rs, ratings.getOrDefault(rs.getString("exchange_id"), Map.of())),
              keyed.toArray()));
        });
  }

  @Override
  public List<LendableObject> objects(
      OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    return page("community_objects", "object_id", organisation, building, after, limit, CommunityRows::object);
  }

  @Override
  public List<Loan> loans(OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    return page("community_loans", "loan_id", organisation, building, after, limit, CommunityRows::loan);
  }

  /**
   * The loans handed over due back on {@code returnDays}: along {@code community_loans_by_return}
   * (V127) the loans due back on those days alone are read, then sorted in booking order.
   */
  @Override
  public List<Loan> handedOverDueBack(OrganisationId organisation, BuildingId building, Set<LocalDate> returnDays,
      Optional<String> after, int limit) {
    List<Object> days = new ArrayList<>(new TreeSet<>(returnDays));
    if (days.isEmpty()) {
      PageQuery.check(organisation, building, after, limit);
      return List.of();
    }
    String filter = " and status = 'HANDED_OVER' and last_day in ("
        + String.join(", ", Collections.nCopies(days.size(), "?")) + ")";
    PageQuery page = PageQuery.of("community_loans", "loan_id", "*", organisation, building, after, limit, filter, days);
    return db.withConnection(conn -> List.copyOf(CommunitySql.query(conn, page.sql(), CommunityRows::loan, page.params())));
  }

  /**
   * The offers available at {@code at}: recorded available and expiring after {@code at}, read
   * along {@code community_bazaar_offers_open} (V127), so that the offers that expired (recorded
   * available for ever) are not read; the open ones are sorted in publication order.
   */
  @Override
  public List<BazaarOffer> availableOffers(
      OrganisationId organisation, BuildingId building, Instant at, Optional<String> after, int limit) {
    Objects.requireNonNull(at, "at");
    PageQuery page = PageQuery.of("community_bazaar_offers", "offer_id", "*", organisation, building, after, limit,
        " and status = 'AVAILABLE' and expires_at > ?", List.of(at));
    return db.withConnection(conn -> List.copyOf(CommunitySql.query(conn, page.sql(), CommunityRows::offer, page.params())));
  }

  /**
   * The notices shown at {@code at}: not hidden, posted and not yet expired, of {@code kind} when
   * given; read along {@code community_notices_by_expiry} (V127), so that the expired notices are
   * not read; those not yet expired are sorted in posting order.
   */
  @Override
  public List<Notice> visibleNotices(OrganisationId organisation, BuildingId building, Instant at,
      Optional<NoticeKind> kind, Optional<String> after, int limit) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    List<Object> params = new ArrayList<>(List.of(at, at));
    String filter = " and expires_at > ? and posted_at <= ? and hidden_by is null";
    if (kind.isPresent()) {
      filter += " and kind = ?";
      params.add(kind.get().name());
    }
    PageQuery page = PageQuery.of("community_notices", "notice_id", "*", organisation, building, after, limit, filter, params);
    return db.withConnection(conn -> List.copyOf(CommunitySql.query(conn, page.sql(), CommunityRows::notice, page.params())));
  }

  @Override
  public boolean takesPart(OrganisationId organisation, BuildingId building, NeighbourId who) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(who, "who");
    return db.withConnection(conn -> !CommunitySql.query(
        conn, "select 1 from community_people where organisation_id = ? and building_id = ? and neighbour_id = ?",
        rs -> Boolean.TRUE, organisation.value(), building.value(), who.value()).isEmpty());
  }

  /**
   * The listings a search finds: a part of a name is not found along an index, so the consented
   * listings after the cursor are read along the key {@code (organisation_id, building_id,
   * sort_order)} in batches of {@value #SKILL_BATCH} (or of the limit, when larger), each matched
   * as the domain does ({@link SkillListing#foundBy(String)}), until the page is full or the
   * directory ends: a broad search reads about the page, one that finds few up to every consented
   * listing after the cursor, a batch at a time.
   */
  @Override
  public List<NumberedSkill> foundSkills(OrganisationId organisation, BuildingId building, String query,
      Optional<Integer> after, int limit) {
    Objects.requireNonNull(query, "query");
    PageQuery.check(organisation, building, after, limit);
    int batch = Math.max(SKILL_BATCH, limit);
    String sql = "select * from community_skills where organisation_id = ? and building_id = ?"
        + " and consent_given_at is not null and sort_order > ? order by sort_order limit ?";
    return db.withConnection(conn -> {
      List<NumberedSkill> page = new ArrayList<>();
      int from = after.orElse(-1);
      while (page.size() < limit) {
        List<NumberedSkill> read = CommunitySql.query(conn, sql,
            rs -> new NumberedSkill(rs.getInt("sort_order"), CommunityRows.skill(rs)),
            organisation.value(), building.value(), from, batch);
        for (NumberedSkill s : read) {
          if (page.size() < limit && s.listing().foundBy(query)) {
            page.add(s);
          }
        }
        if (read.size() < batch) {
          break;
        }
        from = read.get(read.size() - 1).position();
      }
      return List.copyOf(page);
    });
  }

  /**
   * A page of a module's rows in their order ({@code sort_order}), after the row {@code after},
   * along the table's index on {@code (organisation_id, building_id, sort_order)}.
   */
  private <T> List<T> page(String table, String idColumn, OrganisationId organisation, BuildingId building,
      Optional<String> after, int limit, CommunitySql.Rows<T> rows) {
    PageQuery page = PageQuery.of(table, idColumn, "*", organisation, building, after, limit);
    return db.withConnection(conn -> List.copyOf(CommunitySql.query(conn, page.sql(), rows, page.params())));
  }

  /**
   * The query of a page of a module's rows: {@code columns} of {@code table} in {@code sort_order}
   * after the row whose {@code idColumn} is {@code after}, at most {@code limit}; an unknown
   * {@code after} has no {@code sort_order}, and nothing is greater than null (an empty page).
   * {@code filter} ({@code " and ..."}, with {@code filterParams}) keeps some rows only.
   */
  private record PageQuery(String sql, Object[] params) {
    static PageQuery of(String table, String idColumn, String columns, OrganisationId organisation,
        BuildingId building, Optional<String> after, int limit) {
      return of(table, idColumn, columns, organisation, building, after, limit, "", List.of());
    }

    static PageQuery of(String table, String idColumn, String columns, OrganisationId organisation,
        BuildingId building, Optional<String> after, int limit, String filter, List<Object> filterParams) {
      check(organisation, building, after, limit);
      String where = " where organisation_id = ? and building_id = ?";
      List<Object> params = new ArrayList<>(List.of(organisation.value(), building.value()));
      params.addAll(filterParams);
      String from = "";
      if (after.isPresent()) {
        from = " and sort_order > (select sort_order from " + table + where + " and " + idColumn + " = ?)";
        params.addAll(List.of(organisation.value(), building.value(), after.get()));
      }
      params.add(limit);
      return new PageQuery(
          "select " + columns + " from " + table + where + filter + from + " order by sort_order limit ?",
          params.toArray());
    }

    /** Checks the bounds of a page. */
    static void check(OrganisationId organisation, BuildingId building, Optional<?> after, int limit) {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(building, "building");
      Objects.requireNonNull(after, "after");
      if (limit < 1) {
        throw new IllegalArgumentException("limit " + limit + " is not positive");
      }
    }
  }

  /** The root row. */
  record Root(String building, Long floorMinutes, long lifetimeSeconds, long version) {}

  private static CommunityBuilding load(Connection conn, OrganisationId organisation, Root root) throws SQLException {
    Object[] key = {organisation.value(), root.building()};
    String where = " where organisation_id = ? and building_id = ?";
    Set<NeighbourId> council = new LinkedHashSet<>();
    Set<NeighbourId> people = new LinkedHashSet<>();
    for (Object[] p : CommunitySql.query(
        conn, "select neighbour_id, is_council from community_people" + where + " order by neighbour_id",
        rs -> new Object[] {rs.getString("neighbour_id"), rs.getBoolean("is_council")}, key)) {
      NeighbourId who = NeighbourId.of((String) p[0]);
      people.add(who);
      if ((Boolean) p[1]) {
        council.add(who);
      }
    }
    Set<CommunityModule> modules = new HashSet<>(
        CommunitySql.query(conn, "select module from community_modules" + where, rs -> CommunityModule.valueOf(rs.getString("module")), key));
    Map<String, Map<NeighbourId, Integer>> ratings = new HashMap<>();
    CommunitySql.query(
        conn, "select exchange_id, rated_by, stars from community_exchange_ratings" + where,
        rs -> ratings.computeIfAbsent(rs.getString("exchange_id"), k -> new HashMap<>())
            .put(NeighbourId.of(rs.getString("rated_by")), rs.getInt("stars")),
        key);
    List<Exchange> exchanges =
        CommunitySql.query(
            conn, "select * from community_exchanges" + where + " order by sort_order",
            rs -> CommunityRows.exchange(rs, ratings.getOrDefault(rs.getString("exchange_id"), Map.of())), key);
    List<LendableObject> objects =
        CommunitySql.query(conn, "select * from community_objects" + where + " order by sort_order", CommunityRows::object, key);
    List<Loan> loans = CommunitySql.query(conn, "select * from community_loans" + where + " order by sort_order", CommunityRows::loan, key);
    List<BazaarOffer> offers =
        CommunitySql.query(conn, "select * from community_bazaar_offers" + where + " order by sort_order", CommunityRows::offer, key);
    List<SkillListing> skills =
        CommunitySql.query(conn, "select * from community_skills" + where + " order by sort_order", CommunityRows::skill, key);
    List<Notice> notices =
        CommunitySql.query(conn, "select * from community_notices" + where + " order by sort_order", CommunityRows::notice, key);
    CommunitySettings settings = new CommunitySettings(BuildingId.of(root.building()), council, modules);
    return new CommunityBuilding(
        organisation, settings, people,
        root.floorMinutes() == null ? null : TimeCredits.ofMinutes(root.floorMinutes()),
        Duration.ofSeconds(root.lifetimeSeconds()), exchanges, objects, loans, offers, skills, notices, root.version());
  }

  private static void writeChildren(Connection conn, CommunityBuilding c) throws SQLException {
    String org = org(c);
    String b = building(c);
    List<Object[]> people = new ArrayList<>();
    Set<NeighbourId> everyone = new LinkedHashSet<>(c.neighbours());
    everyone.addAll(c.settings().council());
    for (NeighbourId n : everyone) {
      people.add(new Object[] {org, b, n.value(), c.settings().council().contains(n)});
    }
    CommunitySql.batch(conn, "insert into community_people (organisation_id, building_id, neighbour_id, is_council) values (?, ?, ?, ?)", people);
    List<Object[]> modules = new ArrayList<>();
    for (CommunityModule m : c.settings().enabledModules()) {
      modules.add(new Object[] {org, b, m.name()});
    }
    CommunitySql.batch(conn, "insert into community_modules (organisation_id, building_id, module) values (?, ?, ?)", modules);

    List<Object[]> exchanges = new ArrayList<>();
    List<Object[]> ratings = new ArrayList<>();
    int i = 0;
    for (Exchange e : c.exchanges()) {
      exchanges.add(new Object[] {
        org, b, e.id().value(), i++, e.service(), value(e.provider()), value(e.receiver()), e.duration().minutes(),
        e.status().name(), e.providerConfirmed(), e.receiverConfirmed()
      });
      e.ratings().forEach((who, stars) -> ratings.add(new Object[] {org, b, e.id().value(), who.value(), stars}));
    }
    CommunitySql.batch(
        conn,
        "insert into community_exchanges (organisation_id, building_id, exchange_id, sort_order, service, provider_id,"
            + " receiver_id, duration_minutes, status, provider_confirmed, receiver_confirmed)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        exchanges);
    CommunitySql.batch(
        conn,
        "insert into community_exchange_ratings (organisation_id, building_id, exchange_id, rated_by, stars) values (?, ?, ?, ?, ?)",
        ratings);

    List<Object[]> objects = new ArrayList<>();
    i = 0;
    for (LendableObject o : c.objects()) {
      Long minor = null;
      String currency = null;
      Long minutes = null;
      if (o.deposit() instanceof Deposit.InMoney m) {
        minor = m.amount().minorUnits();
        currency = m.amount().currency().getCurrencyCode();
      } else if (o.deposit() instanceof Deposit.InCredits cr) {
        minutes = cr.credits().minutes();
      }
      objects.add(new Object[] {
        org, b, o.id(), i++, o.owner().value(), o.description(), o.condition().name(), minor, currency, minutes
      });
    }
    CommunitySql.batch(
        conn,
        "insert into community_objects (organisation_id, building_id, object_id, sort_order, owner_id, description,"
            + " object_condition, deposit_minor, deposit_currency, deposit_minutes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        objects);

    List<Object[]> loans = new ArrayList<>();
    i = 0;
    for (Loan l : c.loans()) {
      loans.add(new Object[] {
        org, b, l.id(), i++, l.objectId(), l.borrower().value(), l.from(), l.until(), l.status().name(),
        name(l.conditionAtHandover()), name(l.conditionAtReturn())
      });
    }
    CommunitySql.batch(
        conn,
        "insert into community_loans (organisation_id, building_id, loan_id, sort_order, object_id, borrower_id, first_day,"
            + " last_day, status, condition_at_handover, condition_at_return) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        loans);

    List<Object[]> offers = new ArrayList<>();
    i = 0;
    for (BazaarOffer o : c.offers()) {
      offers.add(new Object[] {
        org, b, o.id(), i++, o.owner().value(), o.kind().name(), o.title(), o.publishedAt(), o.expiresAt(),
        o.status().name(), value(o.reservedBy())
      });
    }
    CommunitySql.batch(
        conn,
        "insert into community_bazaar_offers (organisation_id, building_id, offer_id, sort_order, owner_id, kind, title,"
            + " published_at, expires_at, status, reserved_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        offers);

    List<Object[]> skills = new ArrayList<>();
    i = 0;
    for (SkillListing s : c.skills()) {
      skills.add(new Object[] {org, b, i++, s.who().value(), s.skill(), s.consentGivenAt()});
    }
    CommunitySql.batch(
        conn,
        "insert into community_skills (organisation_id, building_id, sort_order, neighbour_id, skill, consent_given_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        skills);

    List<Object[]> notices = new ArrayList<>();
    i = 0;
    for (Notice n : c.notices()) {
      notices.add(new Object[] {
        org, b, n.id(), i++, n.author().value(), n.kind().name(), n.title(), n.body(), n.postedAt(), n.expiresAt(),
        value(n.hiddenBy()), n.hiddenReason()
      });
    }
    CommunitySql.batch(
        conn,
        "insert into community_notices (organisation_id, building_id, notice_id, sort_order, author_id, kind, title, body,"
            + " posted_at, expires_at, hidden_by, hidden_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        notices);
  }

  private static String org(CommunityBuilding c) {
    return c.organisation().value();
  }

  private static String building(CommunityBuilding c) {
    return c.building().value();
  }

  private static String value(NeighbourId id) {
    return id == null ? null : id.value();
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  /** Row mappers. */
  static final class CommunityRows {
    private CommunityRows() {}

    static Root root(java.sql.ResultSet rs) throws SQLException {
      return new Root(
          rs.getString("building_id"), CommunitySql.longOrNull(rs, "floor_minutes"), rs.getLong("bazaar_lifetime_seconds"),
          rs.getLong("version"));
    }

    static Exchange exchange(java.sql.ResultSet rs, Map<NeighbourId, Integer> ratings) throws SQLException {
      return new Exchange(
          ExchangeId.of(rs.getString("exchange_id")), rs.getString("service"), neighbour(rs, "provider_id"),
          neighbour(rs, "receiver_id"), TimeCredits.ofMinutes(rs.getLong("duration_minutes")),
          ExchangeStatus.valueOf(rs.getString("status")), rs.getBoolean("provider_confirmed"),
          rs.getBoolean("receiver_confirmed"), ratings);
    }

    static LendableObject object(java.sql.ResultSet rs) throws SQLException {
      Long minor = CommunitySql.longOrNull(rs, "deposit_minor");
      Long minutes = CommunitySql.longOrNull(rs, "deposit_minutes");
      Deposit deposit = null;
      if (minor != null) {
        deposit = new Deposit.InMoney(Money.ofMinor(Money.currency(rs.getString("deposit_currency")), minor));
      } else if (minutes != null) {
        deposit = new Deposit.InCredits(TimeCredits.ofMinutes(minutes));
      }
      return new LendableObject(
          rs.getString("object_id"), NeighbourId.of(rs.getString("owner_id")), rs.getString("description"),
          Condition.valueOf(rs.getString("object_condition")), deposit);
    }

    static Loan loan(java.sql.ResultSet rs) throws SQLException {
      return new Loan(
          rs.getString("loan_id"), rs.getString("object_id"), NeighbourId.of(rs.getString("borrower_id")),
          CommunitySql.date(rs, "first_day"), CommunitySql.date(rs, "last_day"), LoanStatus.valueOf(rs.getString("status")),
          condition(rs, "condition_at_handover"), condition(rs, "condition_at_return"));
    }

    static BazaarOffer offer(java.sql.ResultSet rs) throws SQLException {
      return new BazaarOffer(
          rs.getString("offer_id"), NeighbourId.of(rs.getString("owner_id")), OfferKind.valueOf(rs.getString("kind")),
          rs.getString("title"), CommunitySql.instant(rs, "published_at"), CommunitySql.instant(rs, "expires_at"),
          BazaarStatus.valueOf(rs.getString("status")), neighbour(rs, "reserved_by"));
    }

    static SkillListing skill(java.sql.ResultSet rs) throws SQLException {
      return new SkillListing(
          NeighbourId.of(rs.getString("neighbour_id")), rs.getString("skill"), CommunitySql.instant(rs, "consent_given_at"));
    }

    static Notice notice(java.sql.ResultSet rs) throws SQLException {
      return new Notice(
          rs.getString("notice_id"), NeighbourId.of(rs.getString("author_id")), NoticeKind.valueOf(rs.getString("kind")),
          rs.getString("title"), rs.getString("body"), CommunitySql.instant(rs, "posted_at"),
          CommunitySql.instant(rs, "expires_at"), neighbour(rs, "hidden_by"), rs.getString("hidden_reason"));
    }

    private static NeighbourId neighbour(java.sql.ResultSet rs, String column) throws SQLException {
      String v = rs.getString(column);
      return v == null ? null : NeighbourId.of(v);
    }

    private static Condition condition(java.sql.ResultSet rs, String column) throws SQLException {
      String v = rs.getString(column);
      return v == null ? null : Condition.valueOf(v);
    }
  }
}
