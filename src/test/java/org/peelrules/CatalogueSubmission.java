package org.peelrules;

import java.util.ArrayList;
import java.util.List;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.evidence.Submission;
import org.peelrules.evidence.SurveyResult;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;

/**
 * A synthetic submission that touches every part of a rule set's catalogue: an observation on each
 * characteristic (the ratings taken in turn), a value for every third measure (failure rates high enough in
 * places to be systemic), and earlier inspections' items and practice of every kind. Built the same way every
 * time, so that tests can shuffle it and compare.
 */
public final class CatalogueSubmission {
    private CatalogueSubmission() {
    }

    public static Submission of(RuleSet rules) {
        List<Characteristic> characteristics = rules.characteristics();
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < characteristics.size(); i++) {
            Rating rating = Rating.values()[i % Rating.values().length];
            observations.add(new Observation("obs-" + i, characteristics.get(i).id(), rating,
                    "Observation " + i + " on " + characteristics.get(i).id() + ".", "Synthetic report, page " + i));
        }
        List<Metric> metrics = new ArrayList<>();
        List<CaseAudit> audits = new ArrayList<>();
        List<SurveyResult> surveys = new ArrayList<>();
        List<Measure> measures = rules.measures();
        for (int i = 0; i < measures.size(); i += 3) {
            Measure m = measures.get(i);
            switch (m.kind()) {
                case METRIC -> metrics.add(new Metric("metric-" + i, m.id(),
                        "percent".equals(m.unit()) ? (i * 13) % 100 : 1 + i % 4, m.unit(), "2021", null, null,
                        "Synthetic metric " + i, "Synthetic data return " + i));
                case FAILURE_RATE -> {
                    audits.add(new CaseAudit("audit-" + i, m.id(), (i * 7) % 20, 40, null, null,
                            "Synthetic audit " + i, "Synthetic case review " + i));
                    audits.add(new CaseAudit("audit-" + i + "-b", m.id(), 12, 40, null, null,
                            "Synthetic second audit " + i, "Synthetic case review " + i));
                }
                case SURVEY -> surveys.add(new SurveyResult("survey-" + i, m.id(), (i * 17) % 100, "workforce",
                        100 + i, "Synthetic survey " + i, "Synthetic survey " + i));
            }
        }
        List<PriorItem> prior = new ArrayList<>();
        PriorItem.Kind[] kinds = PriorItem.Kind.values();
        for (int i = 0; i < characteristics.size(); i += 7) {
            PriorItem.Kind kind = kinds[(i / 7) % kinds.length];
            prior.add(new PriorItem("prior-" + i, kind, 2019 - (i / 7) % 3, characteristics.get(i).id(),
                    "Earlier " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + i,
                    PriorItem.Progress.values()[i % 3], "Synthetic earlier report " + i));
        }
        List<Practice> practices = new ArrayList<>();
        for (int i = 0; i < characteristics.size(); i += Rating.values().length * 3) {
            practices.add(new Practice("practice-" + i, characteristics.get(i).id(), "Practice " + i,
                    "Synthetic practice " + i, Practice.Novelty.NEW_TO_POLICING, Practice.Reach.FORCE_WIDE,
                    "Synthetic report, practice " + i));
        }
        return new Submission(rules.framework(), "Synthetic Constabulary", null, metrics, audits, surveys,
                observations, prior, practices);
    }
}
