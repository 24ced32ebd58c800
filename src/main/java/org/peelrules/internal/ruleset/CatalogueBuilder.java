package org.peelrules.internal.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peelrules.errors.Problem;
import org.peelrules.internal.json.Suggest;
import org.peelrules.internal.json.YamlPositions;
import org.peelrules.internal.ruleset.RuleSetFiles.AreaEntry;
import org.peelrules.internal.ruleset.RuleSetFiles.CatalogueFile;
import org.peelrules.internal.ruleset.RuleSetFiles.CharacteristicEntry;
import org.peelrules.internal.ruleset.RuleSetFiles.Manifest;
import org.peelrules.internal.ruleset.RuleSetFiles.MeasureEntry;
import org.peelrules.internal.ruleset.RuleSetFiles.StandardsFile;
import org.peelrules.internal.ruleset.RuleSetFiles.TopicEntry;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;
import org.peelrules.rules.Topic;

/**
 * The catalogue from a rule set's files: its areas, topics, characteristics, measures and standards, each checked
 * as it is read (missing fields, ids defined twice, references to what does not exist), every problem added to
 * the loader's list with its file and line.
 */
final class CatalogueBuilder {
    private final List<Problem> problems;
    private final Map<String, YamlPositions> positions;

    CatalogueBuilder(List<Problem> problems, Map<String, YamlPositions> positions) {
        this.problems = problems;
        this.positions = positions;
    }

    Catalogue build(Map<String, CatalogueFile> files, StandardsFile standardsFile, Manifest manifest) {
        YamlPositions manifestAt = positions.get(RuleSetFiles.MANIFEST);
        require(manifest.name(), manifestAt.keyAt(""), "name");
        require(manifest.framework(), manifestAt.keyAt(""), "framework");
        List<Area> areas = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        List<Characteristic> characteristics = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        Map<String, String> defined = new HashMap<>();
        Map<String, String> characteristicAt = new HashMap<>();
        Map<String, String> measureAt = new LinkedHashMap<>();
        files.forEach((file, f) -> {
            YamlPositions yaml = positions.get(file);
            AreaEntry a = f.area();
            if (a == null || a.id() == null || a.title() == null || a.kind() == null) {
                problems.add(new Problem(yaml.keyAt(a == null ? "" : "/area"),
                        "the area needs an id, a title and a kind"));
                return;
            }
            unique(defined, "area " + a.id(), yaml.at("/area/id"));
            areas.add(new Area(a.id(), a.number(), a.title(), a.shortName() == null ? a.title() : a.shortName(),
                    a.kind()));
            List<TopicEntry> topicEntries = orEmpty(f.topics());
            for (int i = 0; i < topicEntries.size(); i++) {
                TopicEntry t = topicEntries.get(i);
                String topicPath = "/topics/" + i;
                require(t.id(), yaml.at(topicPath), "a topic's id");
                require(t.title(), yaml.at(topicPath), "topic " + t.id() + " title");
                unique(defined, "topic " + t.id(), yaml.at(topicPath + "/id"));
                topics.add(new Topic(t.id(), a.id(), t.title()));
                List<CharacteristicEntry> entries = orEmpty(t.characteristics());
                for (int j = 0; j < entries.size(); j++) {
                    CharacteristicEntry c = entries.get(j);
                    String path = topicPath + "/characteristics/" + j;
                    String entryAt = yaml.at(path);
                    require(c.id(), entryAt, "a characteristic's id in topic " + t.id());
                    String what = "characteristic " + c.id() + " ";
                    require(c.text(), entryAt, what + "text");
                    require(c.source(), entryAt, what + "source");
                    require(c.improvement(), entryAt, what + "improvement");
                    require(c.recommendation(), entryAt, what + "recommendation");
                    if (c.id() != null && t.id() != null && !c.id().startsWith(t.id() + ".")) {
                        problems.add(new Problem(yaml.at(path + "/id"), "characteristic " + c.id()
                                + " is not numbered under topic " + t.id()));
                    }
                    unique(defined, "characteristic " + c.id(), yaml.at(path + "/id"));
                    characteristicAt.putIfAbsent(c.id(), yaml.at(path + (c.feeds() == null ? "/id" : "/feeds")));
                    characteristics.add(new Characteristic(c.id(), a.id(), t.id(), trim(c.text()), c.source(),
                            trim(c.improvement()), trim(c.recommendation()), c.feeds()));
                }
            }
            List<MeasureEntry> measureEntries = orEmpty(f.measures());
            for (int i = 0; i < measureEntries.size(); i++) {
                MeasureEntry m = measureEntries.get(i);
                String path = "/measures/" + i;
                require(m.id(), yaml.at(path), "a measure's id");
                require(m.kind(), yaml.at(path), "measure " + m.id() + " kind");
                unique(defined, "measure " + m.id(), yaml.at(path + "/id"));
                measureAt.putIfAbsent(m.id(), yaml.at(path + "/characteristic"));
                measures.add(new Measure(m.id(), m.characteristic(), m.kind(), m.unit(), m.description()));
            }
        });
        Map<String, Area> areaIds = new HashMap<>();
        areas.forEach(a -> areaIds.put(a.id(), a));
        Set<String> characteristicIds = new HashSet<>();
        characteristics.forEach(c -> characteristicIds.add(c.id()));
        for (Characteristic c : characteristics) {
            if (c.feeds() != null && (areaIds.get(c.feeds()) == null || !areaIds.get(c.feeds()).graded())) {
                problems.add(new Problem(characteristicAt.get(c.id()), "characteristic " + c.id() + " feeds \""
                        + c.feeds() + "\", which is not a graded area" + Suggest.from(c.feeds(), graded(areas))));
            }
        }
        for (Measure m : measures) {
            if (!characteristicIds.contains(m.characteristic())) {
                problems.add(new Problem(measureAt.get(m.id()), "measure " + m.id() + " informs unknown characteristic \""
                        + m.characteristic() + "\"" + Suggest.from(m.characteristic(), characteristicIds)));
            }
        }
        YamlPositions standardsAt = positions.get(RuleSetFiles.STANDARDS);
        List<Standard> standards = orEmpty(standardsFile.standards());
        Map<String, String> standardIds = new HashMap<>();
        for (int i = 0; i < standards.size(); i++) {
            Standard s = standards.get(i);
            String path = "/standards/" + i;
            require(s.id(), standardsAt.at(path), "a standard's id");
            require(s.source(), standardsAt.at(path), "standard " + s.id() + " source");
            if (!standardsAt.has(path + "/value")) {
                // A record's missing number would silently read as 0.
                problems.add(new Problem(standardsAt.at(path), "standard " + s.id() + " has no value"));
            }
            if (s.id() != null) {
                unique(standardIds, "standard " + s.id(), standardsAt.at(path + "/id"));
            }
        }
        return new Catalogue(areas, topics, characteristics, measures, standards);
    }

    private static Set<String> graded(List<Area> areas) {
        Set<String> ids = new HashSet<>();
        areas.stream().filter(Area::graded).forEach(a -> ids.add(a.id()));
        return ids;
    }

    private void unique(Map<String, String> defined, String what, String at) {
        String first = defined.putIfAbsent(what, at);
        if (first != null) {
            problems.add(new Problem(at, what + " is defined twice (first at " + first + ")"));
        }
    }

    private void require(Object value, String where, String what) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new Problem(where, "missing " + what));
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
