"""The event report model: loading, thresholds, and that its score orders reports above mentions."""

from __future__ import annotations

from rasd.events.report import ReportModel, load


def test_threshold_per_type_with_default(tmp_path):
    path = tmp_path / "m.tsv"
    path.write_text("# version: 3\nfeature\tweight\n@threshold:ASSAULT\t0.6\nbias\t-1.5\nflag=none\t2.0\n", encoding="utf-8")
    model = load(path)
    assert model.threshold("ASSAULT") == 0.6 and model.threshold("CONSULT") == 0.5
    assert model.version == "3"
    assert model.probability(["bias"]) < 0.2 < 0.6 < model.probability(["bias", "flag=none"])
    assert model.probability(["bias", "bias"]) == model.probability(["bias"])  # a feature counts once


def test_empty_model_scores_one_half():
    assert ReportModel().probability(["anything"]) == 0.5


def _assault_scores(run, text):
    doc = run(text, "2024-03-05")
    return [e.score for e in doc.events if e.type == "ASSAULT"]


def test_a_bombing_report_scores_above_a_figurative_attack(run):
    report = _assault_scores(run, "وقال مصدر في الشرطة إن سيارة مفخخة انفجرت أمس قرب سوق شعبي في بعقوبة، "
                                   "ما أدى إلى مقتل سبعة أشخاص وإصابة عشرين آخرين.")
    figure = _assault_scores(run, "وشن رئيس النادي هجوما حادا على أعضاء مجلس الإدارة خلال المؤتمر الصحافي.")
    assert report and max(report) > max(figure or [0.0])


def test_negated_attack_is_below_its_threshold(run):
    from rasd.events.report import load

    doc = run("ونفى الجيش أن تكون طائراته قد قصفت القرية.", "2024-03-05")
    model = load()
    assert all(e.negated or e.score < model.threshold("ASSAULT") for e in doc.events if e.type == "ASSAULT")
