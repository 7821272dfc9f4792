// Agreement statistics against the textbook examples they are usually checked with:
// Cohen's kappa (the 50-item yes/no table of Cohen's kappa's Wikipedia article: 0.40),
// Fleiss' kappa (Fleiss's 10 subjects x 14 raters example as in the Wikipedia article:
// 0.210), Krippendorff's alpha (the nominal example of Krippendorff's "Computing
// Krippendorff's Alpha-Reliability", 2011: 4 observers, 12 units, missing values: 0.743),
// and the ratings read from IEMOCAP votes and EmoLens annotation files.
#include "TestAudio.h"
#include "emolens/Agreement.h"
#include "emolens/Error.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace emolens;

namespace {

/// Items from category counts (item i: counts[i][c] raters chose category c), with raters
/// filled in order; every item has the same number of raters.
RatingTable fromCounts(const std::vector<std::vector<int>> &counts)
{
    RatingTable t;
    int m = 0;
    for (int c : counts.front())
        m += c;
    for (int r = 0; r < m; ++r)
        t.raters.push_back("r" + std::to_string(r));
    for (std::size_t i = 0; i < counts.size(); ++i) {
        std::vector<std::string> row;
        for (std::size_t c = 0; c < counts[i].size(); ++c)
            for (int k = 0; k < counts[i][c]; ++k)
                row.push_back("c" + std::to_string(c + 1));
        t.items.push_back("i" + std::to_string(i));
        t.labels.push_back(row);
    }
    return t;
}

} // namespace

class TestAgreement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cohenKappa()
    {
        RatingTable t;
        t.raters = {"A", "B"};
        auto add = [&](int n, const char *a, const char *b) {
            for (int i = 0; i < n; ++i) {
                t.items.push_back(std::to_string(t.items.size()));
                t.labels.push_back({a, b});
            }
        };
        add(20, "yes", "yes");
        add(5, "yes", "no");
        add(10, "no", "yes");
        add(15, "no", "no");
        t.items.push_back("unrated by B"); // left out of kappa
        t.labels.push_back({"yes", ""});
        const AgreementReport r = computeAgreement(t);
        QCOMPARE(r.cohenItems, 50);
        QVERIFY(std::fabs(r.cohenKappa - 0.4) < 1e-12);
        QCOMPARE(r.items, 51);
        QCOMPARE(r.pairableItems, 50);
        QVERIFY(std::fabs(r.observedAgreement - 0.7) < 1e-12);
        QVERIFY(std::isnan(r.itemAgreement.back()));
    }

    void fleissKappa()
    {
        const RatingTable t = fromCounts({{0, 0, 0, 0, 14},
                                          {0, 2, 6, 4, 2},
                                          {0, 0, 3, 5, 6},
                                          {0, 3, 9, 2, 0},
                                          {2, 2, 8, 1, 1},
                                          {7, 7, 0, 0, 0},
                                          {3, 2, 6, 3, 0},
                                          {2, 5, 3, 2, 2},
                                          {6, 5, 2, 1, 0},
                                          {0, 2, 2, 3, 7}});
        const AgreementReport r = computeAgreement(t);
        QCOMPARE(r.completeItems, 10);
        // P = 0.37802, P_e = 0.21342: kappa = 0.20993
        QVERIFY2(std::fabs(r.fleissKappa - 0.20993) < 5e-5, qPrintable(QString::number(r.fleissKappa, 'f', 6)));
        QVERIFY(std::isnan(r.cohenKappa)); // 14 raters
        // Per category: a category's kappa is that of "this category or not"; with two
        // categories both equal the overall kappa.
        const AgreementReport two = computeAgreement(fromCounts({{3, 1}, {0, 4}, {2, 2}, {4, 0}, {1, 3}}));
        for (const ClassAgreement &c : two.perClass)
            QVERIFY(std::fabs(c.fleissKappa - two.fleissKappa) < 1e-12);
        QCOMPARE(r.perClass.size(), std::size_t(5));
        QCOMPARE(r.perClass[4].ratings, 14 + 2 + 6 + 0 + 1 + 0 + 0 + 2 + 0 + 7);
    }

    void krippendorffAlphaWithMissingValues()
    {
        RatingTable t;
        t.raters = {"A", "B", "C", "D"};
        const char *data[4][12] = {{"1", "2", "3", "3", "2", "1", "4", "1", "2", "", "", ""},
                                   {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", "", "3"},
                                   {"", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", ""},
                                   {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", ""}};
        for (int u = 0; u < 12; ++u) {
            t.items.push_back("u" + std::to_string(u + 1));
            std::vector<std::string> row;
            for (int o = 0; o < 4; ++o)
                row.push_back(data[o][u]);
            t.labels.push_back(row);
        }
        const AgreementReport r = computeAgreement(t);
        QVERIFY2(std::fabs(r.krippendorffAlpha - 0.743) < 5e-4,
                 qPrintable(QString::number(r.krippendorffAlpha, 'f', 6)));
        QCOMPARE(r.items, 12);
        QCOMPARE(r.pairableItems, 11); // unit 12 has one value: not pairable
        QCOMPARE(r.completeItems, 8);
        // Perfect agreement: alpha 1; no variation at all: undefined, not a number made up.
        QCOMPARE(computeAgreement(fromCounts({{2, 0}, {0, 2}})).krippendorffAlpha, 1.0);
        QVERIFY(std::isnan(computeAgreement(fromCounts({{2, 0}, {2, 0}})).krippendorffAlpha));
        QVERIFY(std::isnan(computeAgreement(fromCounts({{2, 0}, {2, 0}})).fleissKappa));
    }

    void malformedTableIsRefused()
    {
        RatingTable t;
        t.raters = {"A", "B"};
        t.items = {"x"};
        t.labels = {{"a"}};
        QVERIFY_THROWS_EXCEPTION(Error, computeAgreement(t));
    }

    void ratingsFromIemocapVotesAndAnnotationFiles()
    {
        QTemporaryDir dir;
        const CorpusReadResult corpus = readCorpus("iemocap:" + test::writeIemocapFixture(dir.path().toStdString()));
        const RatingTable votes = ratingsFromVotes(corpus);
        QCOMPARE(votes.raters, (std::vector<std::string>{"C-E1", "C-E2"}));
        QVERIFY(!votes.items.empty());
        // The fixture's two evaluators give the same first category: full agreement.
        const AgreementReport v = computeAgreement(votes);
        QCOMPARE(v.observedAgreement, 1.0);

        AnnotationSet ana, ben;
        const Utterance &u = corpus.utterances.front();
        ana.set({u.id, u.label, "sad", "", "Ana", "2026-11-26T00:00:00Z"});
        ben.set({u.id, u.label, "angry", "", "Ben", "2026-11-26T00:00:00Z"});
        const RatingTable files = ratingsFromAnnotations(corpus, {ana, ben}, {"ana.json", "ben.json"});
        QCOMPARE(files.raters, (std::vector<std::string>{"Ana", "Ben"}));
        QCOMPARE(files.items.size(), corpus.utterances.size());
        QCOMPARE(files.labels.front(), (std::vector<std::string>{"sad", "angry"}));
        // Left alone: the corpus's label (a correction file accepts what it does not change) ...
        QCOMPARE(files.labels.back(),
                 (std::vector<std::string>{corpus.utterances.back().label, corpus.utterances.back().label}));
        const AgreementReport a = computeAgreement(files);
        QCOMPARE(a.cohenItems, static_cast<int>(corpus.utterances.size()));
        QCOMPARE(a.itemAgreement.front(), 0.0);
        // ... or missing, when asked.
        const RatingTable strict = ratingsFromAnnotations(corpus, {ana, ben}, {"ana.json", "ben.json"}, false);
        QCOMPARE(computeAgreement(strict).cohenItems, 1);
        // The same person's two files stay two raters.
        const RatingTable same = ratingsFromAnnotations(corpus, {ana, ana}, {"a1.json", "a2.json"});
        QCOMPARE(same.raters, (std::vector<std::string>{"Ana", "Ana (a2.json)"}));
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
