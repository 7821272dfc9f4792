#pragma once
// The training panel's "Results folder" row: where fold models, results and
// checkpoints go. Until the user picks or types one, each newly opened corpus
// gets a fresh dated folder (runs/yyyyMMdd-HHmmss under the app's data folder);
// the same corpus keeps its folder, so a cancelled fold resumes there.
#include <QWidget>

class QLineEdit;

namespace emolens::ui {

class ResultsFolder : public QWidget {
    Q_OBJECT
public:
    explicit ResultsFolder(QWidget *parent);

    QString path() const;
    /// A folder the user chose (typed, browsed or set by a script): kept for every corpus.
    void choose(const QString &dir);
    /// A folder the program moved to (a run's own, results opened): does not count as chosen.
    void show(const QString &dir);
    /// A new dated folder for a newly opened corpus, unless the user chose one.
    void startNewUnlessChosen();
    bool wasChosen() const { return m_chosen; }
    /// A folder dialog starting here; empty when cancelled.
    QString askExisting();

private:
    QLineEdit *m_edit;
    bool m_chosen = false;
};

} // namespace emolens::ui
