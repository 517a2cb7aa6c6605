package com.chipchain.play;

import com.chipchain.play.accounts.Teacher;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** The scenarios a screen may offer, with the names of their menus, and the files on the server that cannot be played. */
@Service
public class ScenarioChoices {

    private final ScenarioCatalog catalog;

    ScenarioChoices(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    /** Names for the menus of the scenario revision a session was made from. */
    public ScenarioFacts facts(SessionInfo session) {
        return ScenarioFacts.of(catalog.of(session));
    }

    /** The scenarios shipped in the jar and in the scenarios folder that can be played, with their names. */
    public List<ScenarioFacts> playableScenarios() {
        return playableScenarios(null);
    }

    /** The scenarios this teacher can make a session from: the shipped and folder ones, their own and the shared ones. */
    public List<ScenarioFacts> playableScenarios(Teacher teacher) {
        List<ScenarioFacts> all = new ArrayList<>();
        for (ScenarioCatalog.Entry entry : (teacher == null ? catalog.list() : catalog.list(teacher)).scenarios()) {
            all.add(ScenarioFacts.of(catalog.revision(entry.revision())));
        }
        return all;
    }

    /** The scenario files on the server that cannot be played, each as "file: field: what is wrong". */
    public List<String> unplayableScenarioFiles() {
        return catalog.list().problems().stream().map(Object::toString).toList();
    }
}
