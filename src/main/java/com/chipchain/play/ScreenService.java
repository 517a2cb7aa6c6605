package com.chipchain.play;

import com.chipchain.engine.Batch;
import com.chipchain.engine.Decision;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.GameState;
import com.chipchain.engine.OrderLine;
import com.chipchain.engine.Product;
import com.chipchain.engine.Role;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatReport;
import com.chipchain.engine.Shipment;
import com.chipchain.engine.Site;
import com.chipchain.engine.SiteAmount;
import com.chipchain.engine.SupplyLink;
import com.chipchain.engine.TariffRule;
import com.chipchain.engine.TurnReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Builds what the screens show from the game and the session, keeping to what each seat may see. */
@Service
public class ScreenService {

    private final SeatDesk seats;
    private final SessionBoard board;
    private final Standings standings;
    private final GameBook book;

    ScreenService(SeatDesk seats, SessionBoard board, Standings standings, GameBook book) {
        this.seats = seats;
        this.board = board;
        this.standings = standings;
        this.book = book;
    }

    /** The news of the turn being played, as every chain reads it (see {@link #news}). */
    public List<Label> latestNews(String sessionId) {
        SessionBoard.Snapshot snapshot = board.snapshot(sessionId);
        GameBook.Games games = book.games(sessionId);
        return news(games.scenario(), snapshot, games.reports().get(0));
    }

    /** Last quarter's news of a session (chain 1's last resolved turn: every chain has the same events). */
    public List<Label> lastNews(String sessionId) {
        return lastNews(book.games(sessionId).reports().get(0));
    }

    /**
     * What players read while they decide a turn: the scenario's events and the facilitator's shocks
     * that take effect when this turn resolves (news arrives at the start of the quarter). The dice's
     * surprises cannot be read before they happen: they are last quarter's news ({@link #lastNews}).
     */
    static List<Label> news(Scenario scenario, SessionBoard.Snapshot snapshot, List<TurnReport> reports) {
        int turn = snapshot.info().turn();
        List<Label> news = new ArrayList<>();
        if (turn <= scenario.turnCount()) {
            // a scripted tariff a facilitator has overridden does not happen: it is not news
            scenario.timelineOn(turn).stream().filter(event -> !EventTimeline.overridden(event, snapshot.injected()))
                    .forEach(event -> news.add(Label.of(event.news())));
            snapshot.injectedOn(turn).forEach(event -> news.add(Label.of(event.news())));
        }
        return news;
    }

    /** What happened last quarter (every event of the last resolved turn, the dice's surprises included). */
    static List<Label> lastNews(List<TurnReport> reports) {
        List<Label> news = new ArrayList<>();
        if (!reports.isEmpty()) {
            reports.get(reports.size() - 1).events().forEach(event -> news.add(Label.of(event.news())));
        }
        return news;
    }

    /**
     * The class's chains as one map for the projector: the network with the tariffs in force now and,
     * once a turn has been played, every site's capacity use and every lane's goods in transit summed
     * over the chains (public figures, docs/rules.md "Information"; no team's books).
     */
    public ChainMap network(String sessionId) {
        GameBook.Games games = book.games(sessionId);
        List<ChainMap> chains = new ArrayList<>();
        for (int chain = 0; chain < games.states().size(); chain++) {
            chains.add(ChainMap.of(games.scenario(), games.state(chain), games.reports().get(chain), -1));
        }
        return ChainMap.together(chains, !games.reports().get(0).isEmpty());
    }

    /** The label of a turn of the session's scenario (e.g. 2026-Q2). */
    public String turnLabel(String sessionId, int turn) {
        Scenario scenario = book.games(sessionId).scenario();
        return scenario.turnLabel(Math.max(1, Math.min(turn, scenario.turnCount())));
    }

    /** The player console of the seat this token holds. */
    public SeatScreen seat(String token) {
        return seat(seats.ticket(token));
    }

    /**
     * The player console of a seat already looked up: built from the session's shared snapshot and
     * the games in memory, so refreshing an open screen reads nothing from the database.
     */
    /** How many of the session's teams have submitted the turn being played, and how many teams there are. */
    public int[] classCount(String sessionId) {
        SessionBoard.Snapshot snapshot = board.snapshot(sessionId);
        return new int[] {snapshot.teamsIn(), snapshot.teams()};
    }

    public SeatScreen seat(SeatTicket ticket) {
        SessionBoard.Snapshot snapshot = board.snapshot(ticket.sessionId());
        SessionInfo session = snapshot.info();
        GameBook.Games games = book.games(ticket.sessionId());
        Scenario scenario = games.scenario();
        int role = scenario.roleIndex(ticket.roleId());
        GameState state = games.state(ticket.chain());
        Role company = scenario.role(role);
        List<TurnReport> reports = games.reports().get(ticket.chain());

        boolean sharedDemand = session.sharedDemand();
        TurnParts parts = turnParts(ticket, scenario, state, reports, role, sharedDemand);
        List<Label> news = news(scenario, snapshot, reports);
        List<SeatScreen.ChainSeat> chainSeats = new ArrayList<>();
        int teams = snapshot.teams();
        int teamsIn = snapshot.teamsIn();
        for (SessionStore.SeatRow seat : snapshot.seatsOf(ticket.chain())) {
            chainSeats.add(new SeatScreen.ChainSeat(seat.roleId(), Label.of(scenario.role(scenario.roleIndex(seat.roleId())).name()),
                    seat.teamName(), !seat.team(), snapshot.hasSubmitted(seat.chain(), seat.roleId())));
        }
        chainSeats.sort(java.util.Comparator.comparingInt(s -> scenario.roleIndex(s.roleId())));

        long[] demand = state.demandReceivedHistory(role);
        boolean finished = session.status() == SessionStatus.FINISHED;
        String label = scenario.turnLabel(Math.min(session.turn(), scenario.turnCount()));
        return new SeatScreen(session.id(), ticket.teamName(), ticket.rejoinPin(), ticket.chain(), ticket.roleId(), Label.of(company.name()),
                Label.of(company.briefing()), Label.of(scenario.title()), scenario.moneyUnit(), session.status(),
                session.turn(), scenario.turnCount(), label, session.turnDeadline(),
                snapshot.hasSubmitted(ticket.chain(), ticket.roleId()),
                session.turn() <= scenario.openingTurns(), session.sharedDemand(), money(state.cash(role)), state.backlogUnits(role),
                demand.length == 0 ? 0 : demand[demand.length - 1], parts.sites(), news, lastNews(reports), snapshot.messagesFor(ticket.chain()),
                parts.tariffs(), parts.chainMap(), parts.form(), chainSeats, teamsIn, teams, parts.history(), lastTurn(reports, role),
                finished ? standings.leaderboard(session.id()) : List.of(), snapshot.version());
    }

    /** What a seat's screen shows that changes only when a turn resolves (or demand is shared): built once per seat and turn. */
    private record TurnParts(GameState state, boolean sharedDemand, List<SeatScreen.SiteBook> sites, List<SeatScreen.TariffRow> tariffs,
                             ChainMap chainMap, SeatScreen.Form form, SeatScreen.History history) {}

    /**
     * Every submission in a chain redraws each screen of it, but only its "who has submitted" part
     * changes: the books, map, form and charts are kept per seat until its chain's game state is
     * replaced (a resolved turn). One entry per seat; entries of ended sessions are dropped in bulk.
     */
    private final java.util.Map<String, TurnParts> turnParts = new java.util.concurrent.ConcurrentHashMap<>();

    private TurnParts turnParts(SeatTicket ticket, Scenario scenario, GameState state, List<TurnReport> reports, int role, boolean sharedDemand) {
        String key = ticket.sessionId() + "#" + ticket.chain() + "#" + role;
        TurnParts cached = turnParts.get(key);
        if (cached != null && cached.state() == state && cached.sharedDemand() == sharedDemand) {
            return cached;
        }
        List<SeatScreen.SiteBook> sites = new ArrayList<>();
        for (int site : scenario.sitesOf(role)) {
            List<SeatScreen.Stock> inventory = new ArrayList<>();
            for (int p = 0; p < scenario.products().size(); p++) {
                if (state.inventory(site, p) != 0) {
                    inventory.add(new SeatScreen.Stock(Label.of(scenario.product(p).name()), state.inventory(site, p)));
                }
            }
            long inProduction = 0;
            for (Batch batch : state.batches()) {
                if (batch.site() == site) {
                    inProduction += batch.quantity();
                }
            }
            long incoming = 0;
            for (Shipment shipment : state.shipments()) {
                if (shipment.to() == site) {
                    incoming += shipment.quantity();
                }
            }
            Site where = scenario.site(site);
            sites.add(new SeatScreen.SiteBook(where.id(), Label.of(where.name()), where.country(), inventory,
                    state.capacity(site), state.usableCapacity(site), state.building(site), inProduction, incoming));
        }

        TurnParts fresh = new TurnParts(state, sharedDemand, sites, tariffs(scenario, state), ChainMap.of(scenario, state, reports, role),
                form(scenario, state, role), history(scenario, reports, role, sharedDemand || scenario.isMarketRole(role)));
        if (turnParts.size() > 20_000) {
            turnParts.clear();
        }
        turnParts.put(key, fresh);
        return fresh;
    }

    private static List<SeatScreen.TariffRow> tariffs(Scenario scenario, GameState state) {
        List<SeatScreen.TariffRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String[]> pairs = new ArrayList<>();
        for (TariffRule rule : scenario.tariffs()) {
            pairs.add(new String[] {scenario.product(rule.product()).id(), rule.origin()});
        }
        for (int p = 0; p < scenario.products().size(); p++) {
            for (String country : scenario.countries()) {
                if (!Site.US.equals(country) && state.tariffBasisPoints(p, country) > 0) {
                    pairs.add(new String[] {scenario.product(p).id(), country});
                }
            }
        }
        for (String[] pair : pairs) {
            if (seen.add(pair[0] + "/" + pair[1])) {
                Product product = scenario.product(scenario.productIndex(pair[0]));
                rows.add(new SeatScreen.TariffRow(Label.of(product.name()), pair[1],
                        BigDecimal.valueOf(state.tariffBasisPoints(scenario.productIndex(pair[0]), pair[1]), 2)));
            }
        }
        return rows;
    }

    static SeatScreen.Form form(Scenario scenario, GameState state, int role) {
        Decision last = state.lastDecision(role);
        int[] sites = scenario.sitesOf(role);
        List<SeatScreen.OrderField> orders = new ArrayList<>();
        for (SupplyLink link : scenario.suppliesOf(role)) {
            for (int site : sites) {
                long quantity = 0;
                boolean usOnly = false;
                for (OrderLine line : last.orders()) {
                    if (line.product() == link.product() && line.site() == site) {
                        quantity += line.quantity();
                        usOnly |= line.usOnly();
                    }
                }
                orders.add(new SeatScreen.OrderField(scenario.product(link.product()).id(),
                        Label.of(scenario.product(link.product()).name()), scenario.site(site).id(),
                        Label.of(scenario.site(site).name()), quantity, usOnly, makesInAndOutsideTheUs(scenario, link.supplier())));
            }
        }
        List<SeatScreen.SiteField> production = new ArrayList<>();
        List<SeatScreen.SiteField> investment = new ArrayList<>();
        for (int site : sites) {
            Site where = scenario.site(site);
            if (scenario.role(role).produces()) {
                production.add(new SeatScreen.SiteField(where.id(), Label.of(where.name()), amount(last.production(), site),
                        scenario.maxQuantity(), String.valueOf(state.usableCapacity(site))));
            }
            if (where.build() != null) {
                boolean open = where.buildableOn(state.turn());
                investment.add(new SeatScreen.SiteField(where.id(), Label.of(where.name()), 0,
                        open ? where.build().maxPerTurn() : 0,
                        open ? money(where.build().capexPerUnit()).toPlainString()
                                : scenario.turnLabel(Math.min(where.build().fromTurn(), scenario.turnCount()))));
            }
        }
        SeatScreen.PriceField price = null;
        List<SeatScreen.FundField> fund = new ArrayList<>();
        if (scenario.isMarketRole(role)) {
            var band = scenario.market().price();
            if (!band.fixed()) {
                price = new SeatScreen.PriceField(money(state.price()), money(band.lowestAfter(state.price())),
                        money(band.highestAfter(state.price())));
            }
            for (int partner = 0; partner < scenario.roles().size(); partner++) {
                if (partner != role && buildsInTheUs(scenario, partner)) {
                    fund.add(new SeatScreen.FundField(scenario.role(partner).id(), Label.of(scenario.role(partner).name()), BigDecimal.ZERO.setScale(2)));
                }
            }
        }
        SeatScreen.OtherSalesField otherSales = null;
        var others = scenario.role(role).otherBuyers();
        if (others != null) {
            long[] wanted = state.otherDemandHistory(role);
            otherSales = new SeatScreen.OtherSalesField(last.otherSales(),
                    wanted.length == 0 ? others.baseDemandOn(1) : wanted[wanted.length - 1], money(others.price()));
        }
        List<SeatScreen.FundField> prepayments = new ArrayList<>();
        for (SupplyLink link : scenario.suppliesOf(role)) {
            String supplier = scenario.role(link.supplier()).id();
            if (prepayments.stream().noneMatch(p -> p.partner().equals(supplier))) {
                prepayments.add(new SeatScreen.FundField(supplier, Label.of(scenario.role(link.supplier()).name()),
                        BigDecimal.ZERO.setScale(2), money(state.credit(role, link.supplier()))));
            }
        }
        // a seat that supplies another seat chooses whose orders come first when it is short
        boolean supplies = scenario.links().stream().anyMatch(link -> link.supplier() == role);
        return new SeatScreen.Form(orders, production, investment, price, fund, scenario.maxQuantity(), otherSales,
                prepayments, supplies ? last.shipFirst().id() : null, ContractDesk.of(scenario, state, role));
    }

    /** "US-made only" is a choice only when the supplier has sites both in and outside the US (not in the beer game). */
    private static boolean makesInAndOutsideTheUs(Scenario scenario, int role) {
        boolean us = false;
        boolean abroad = false;
        for (int site : scenario.sitesOf(role)) {
            us |= Site.US.equals(scenario.site(site).country());
            abroad |= !Site.US.equals(scenario.site(site).country());
        }
        return us && abroad;
    }

    /** The partner fund lowers US capex: it is offered only for partners who can build capacity in the US. */
    private static boolean buildsInTheUs(Scenario scenario, int role) {
        for (int site : scenario.sitesOf(role)) {
            if (Site.US.equals(scenario.site(site).country()) && scenario.site(site).build() != null) {
                return true;
            }
        }
        return false;
    }

    private static long amount(List<SiteAmount> amounts, int site) {
        long total = 0;
        for (SiteAmount amount : amounts) {
            if (amount.site() == site) {
                total += amount.amount();
            }
        }
        return total;
    }

    private static SeatScreen.Preview lastTurn(List<TurnReport> reports, int role) {
        if (reports.isEmpty()) {
            return null;
        }
        return SeatScreen.Preview.of(reports.get(reports.size() - 1).seats().get(role).costs());
    }

    private static SeatScreen.History history(Scenario scenario, List<TurnReport> reports, int role, boolean endDemandVisible) {
        List<String> labels = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        List<Long> demand = new ArrayList<>();
        List<Long> inventory = new ArrayList<>();
        List<Long> backlog = new ArrayList<>();
        List<BigDecimal> cash = new ArrayList<>();
        List<Long> endDemand = new ArrayList<>();
        List<List<Long>> shipped = new ArrayList<>();
        for (int r = 0; r < scenario.roles().size(); r++) {
            shipped.add(new ArrayList<>());
        }
        for (TurnReport report : reports) {
            for (int r = 0; r < shipped.size(); r++) {
                shipped.get(r).add(report.seats().get(r).shipped());
            }
            if (endDemandVisible) {
                endDemand.add(report.marketDemand());
            }
            SeatReport seat = report.seats().get(role);
            labels.add(scenario.turnLabel(report.turn()));
            orders.add(seat.ordersPlaced());
            demand.add(seat.demandReceived());
            inventory.add(seat.inventory());
            backlog.add(seat.backlog());
            cash.add(money(seat.cash()));
        }
        List<SeatScreen.ChainLine> chain = new ArrayList<>();
        int[] depth = ChainMap.depths(scenario);
        java.util.stream.IntStream.range(0, shipped.size()).boxed()
                .sorted(java.util.Comparator.comparingInt((Integer r) -> -depth[r]).thenComparingInt(r -> r))
                .forEach(r -> chain.add(new SeatScreen.ChainLine(Label.of(scenario.role(r).name()), r == role, shipped.get(r))));
        return new SeatScreen.History(labels, orders, demand, inventory, backlog, cash, endDemand, chain);
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
