package com.chipchain.play;

import com.chipchain.engine.SeatView;
import com.chipchain.engine.TurnReport;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** The play layer's use cases in one handle, so a test reads as a class plays: create, join, submit, close. */
public final class PlayDriver {

    /** Each use case is looked up when used, so a driver can be made before its application starts. */
    private final java.util.function.Supplier<? extends ApplicationContext> app;

    private PlayDriver(java.util.function.Supplier<? extends ApplicationContext> app) {
        this.app = app;
    }

    private FacilitatorCommands commands() { return app.get().getBean(FacilitatorCommands.class); }
    private SeatDesk desk() { return app.get().getBean(SeatDesk.class); }
    private DecisionIntake intake() { return app.get().getBean(DecisionIntake.class); }
    private TurnCloser turns() { return app.get().getBean(TurnCloser.class); }
    private SoloPractice solo() { return app.get().getBean(SoloPractice.class); }
    private Standings standings() { return app.get().getBean(Standings.class); }
    private SessionBoard board() { return app.get().getBean(SessionBoard.class); }

    /** A test's client name as one browser on the loopback address. */
    public static Visitor visitor(String client) {
        return new Visitor(client, "127.0.0.1");
    }

    public static PlayDriver of(ApplicationContext app) {
        return new PlayDriver(() -> app);
    }

    public static PlayDriver of(java.util.function.Supplier<? extends ApplicationContext> app) {
        return new PlayDriver(app);
    }

    public SessionInfo create(SessionSettings settings) { return commands().create(settings); }
    public SessionInfo create(SessionSettings settings, com.chipchain.play.accounts.Teacher owner) { return commands().create(settings, owner); }
    public SessionInfo start(String id) { return commands().start(id); }
    public SessionInfo pause(String id) { return commands().pause(id); }
    public SessionInfo resume(String id) { return commands().resume(id); }
    public SessionInfo closeTurnNow(String id) { return commands().closeTurnNow(id); }
    public SessionInfo end(String id) { return commands().end(id); }
    public SessionInfo inject(String id, ShockInput shock) { return commands().inject(id, shock); }
    public SessionInfo broadcast(String id, String message) { return commands().broadcast(id, message); }
    public SessionInfo setSharedDemand(String id, boolean shared) { return commands().setSharedDemand(id, shared); }
    public List<SeatStatus> seats(String id) { return commands().seats(id); }
    /** The session list an administrator sees. */
    public List<SessionInfo> sessions() { return commands().sessions(new com.chipchain.play.accounts.Teacher("admin", true)); }
    public SessionInfo info(String id) { return board().info(id); }
    public List<String> broadcasts(String id) { return board().broadcasts(id); }
    public List<LeaderboardEntry> leaderboard(String id) { return standings().leaderboard(id); }
    public void closeExpiredTurns() { turns().closeExpiredTurns(); }

    public SeatTicket join(String code, String team, Integer chain, String roleId, String client) {
        return desk().join(code, team, chain, roleId, visitor(client));
    }
    public SeatTicket join(String code, String team, Integer chain, String roleId, String client, String pin) {
        return desk().join(code, team, chain, roleId, visitor(client), pin);
    }
    public SeatTicket join(String code, String team, Visitor client, String pin) {
        return desk().join(code, team, null, null, client, pin);
    }
    public SessionInfo unlockPin(String id, int chain, String roleId) { return desk().unlockPin(id, chain, roleId); }
    public SessionInfo newPin(String id, int chain, String roleId) { return desk().newPin(id, chain, roleId); }
    public List<SeatDesk.OpenSeat> openSeats(String code, String client) { return desk().openSeats(code, visitor(client)); }
    public SeatTicket rejoin(String token) { return desk().rejoin(token); }
    public SeatTicket ticket(String token) { return desk().ticket(token); }
    public void heartbeat(String token) { desk().heartbeat(token); }
    public SeatTicket startSolo(String scenarioId, String roleId, SoloLevel level, String client) {
        return solo().start(scenarioId, roleId, level, visitor(client));
    }

    public SessionInfo submit(String token, int turn, DecisionInput input) { return intake().submit(token, turn, input); }
    public SeatScreen.Preview preview(String token, DecisionInput input) { return intake().preview(token, input); }
    public boolean hasSubmitted(String token) { return intake().hasSubmitted(token); }
    public SeatView seatView(String token) { return intake().seatView(token); }
    public List<TurnReport> history(String token) { return intake().history(token); }
    public SessionInfo messageChain(String id, int chain, String text) { return commands().messageChain(id, chain, text); }
    public SessionInfo handToBot(String id, int chain, String roleId) { return commands().handToBot(id, chain, roleId); }
    public SessionInfo giveBack(String id, int chain, String roleId) { return commands().giveBack(id, chain, roleId); }
    public List<ChainTile> tiles(String id) { return app.get().getBean(ClassOverview.class).tiles(id); }
    public SeatScreen screen(String token) { return app.get().getBean(ScreenService.class).seat(token); }
}
