#pragma once
// The corpus browser: open a corpus under a protocol, see every utterance the
// protocol keeps in a sortable, filterable table, correct labels from the
// keyboard (digits; Up/Down to move; undo/redo), add notes, and keep the work in
// an annotation file of the user's choosing (atomic saves, an autosave that
// survives a crash, a lock against a second instance). The corpus's own files
// are never written.

#include "corpus/AnnotationStore.h"
#include "corpus/UtteranceTableModel.h"
#include "emolens/Annotations.h"
#include "emolens/Corpus.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace emolens::ui {

class DialogView;
class ReviewBar;
class UtteranceTable;

class CorpusPage : public QWidget {
    Q_OBJECT
public:
    explicit CorpusPage(QWidget *parent = nullptr);
    ~CorpusPage() override;

    /// Reads \p spec under \p protocol. On failure returns false with \p error set.
    bool openCorpus(const QString &spec, const Protocol &protocol, QString *error = nullptr);
    /// Uses \p path as the annotation file: loads it when it exists, takes its lock.
    /// With \p readOnly it only loads it (no lock; labels cannot change, nothing is saved).
    /// When another EmoLens holds the lock it returns false and fills \p owner.
    bool openAnnotations(const QString &path, QString *error = nullptr, bool readOnly = false,
                         LockOwner *owner = nullptr);
    /// Removes the lock of \p path left by an EmoLens that no longer runs (or that the
    /// user has decided is gone), so openAnnotations() can take it.
    static bool takeOverLock(const QString &path, QString *error = nullptr);
    bool isReadOnly() const { return m_store.isReadOnly(); }
    /// The name recorded as the author of every correction and note.
    void setAuthor(const QString &name) { m_author = name; }
    QString author() const { return m_author; }
    /// Whether the model's predictions exist for every row (the review orders need them).
    bool hasPredictions() const;
    /// Re-sorts by the current review order, keeping the current row selected.
    void resort();
    bool save(QString *error = nullptr);
    /// The autosave of the current annotation file, if one is newer than the file.
    bool hasAutosave() const;
    bool restoreAutosave(QString *error = nullptr);

    /// Sets (or with an empty label clears) the correction of the current row, as an undoable command.
    void labelCurrent(const QString &label);
    void setNoteCurrent(const QString &note);
    QUndoStack *undoStack() const { return m_undo; }
    const AnnotationSet &annotations() const { return m_store.annotations(); }
    bool isModified() const;
    QString annotationPath() const { return m_store.path(); }
    QString corpusSpec() const { return m_spec; }
    const Protocol &protocol() const { return m_protocol; }
    /// The corpus as read, with the current corrections applied.
    CorpusReadResult correctedCorpus() const;
    QStringList labelKeys() const { return m_classes; } ///< digit k+1 sets m_classes[k]

    bool exportEmoEvaluation(const QString &dir, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr);
    /// The labels as Praat, ELAN or Audacity files ("textgrid", "eaf", "audacity"), one per audio file in \p dir.
    bool exportLabelFiles(const QString &dir, const QString &format, QString *error = nullptr);
    /// Agreement between the corpus's evaluators (if any), the current annotation file and
    /// \p files (one rater each): the Agreement column shows each utterance's, the
    /// "annotators" order sorts by it. Returns false with \p error for unreadable files or
    /// fewer than two raters.
    bool compareAnnotators(const QStringList &files, QString *error = nullptr);
    /// The last comparison's statistics, as a few lines for people ("" before one).
    QString agreementSummary() const { return m_agreementSummary; }

    QTableView *table() const;
    UtteranceTableModel *tableModel() const { return m_model; }
    QSortFilterProxyModel *proxy() const;
    void setFilterText(const QString &text);
    /// "corpus", "disagreement" (model vs label first), "confidence" (least confident first)
    /// or "annotators" (raters disagree most first: votes, or a comparison of annotators).
    void setReviewOrder(const QString &order);
    void setPrediction(const QString &id, const QString &label, double confidence);
    /// The model could not run on this row (unreadable audio...): the row says so, with the reason as tooltip.
    void setPredictionError(const QString &id, const QString &message);

    // Internal to the undo commands.
    void applyAnnotation(const QString &id, const Annotation *annotation);

Q_SIGNALS:
    void utteranceActivated(const QString &path, const QString &id); ///< Enter or double-click
    void utteranceSelected(const QString &path, const QString &id); ///< the current row changed
    void corpusOpened(const QString &spec);
    void modifiedChanged(bool modified);
    /// The user chose a review order that needs the model's predictions, which are missing.
    void predictionsNeeded(const QString &order);
    /// A label change was refused (read-only file); the text says why.
    void refused(const QString &message);
    /// The annotation file just opened names utterances the corpus does not have.
    void annotationsUnmatched(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleLabelKey(int key);
    void buildUi();
    void currentChanged();
    bool refuseIfReadOnly();
    /// Pushes the undoable change of \p u's annotation from what it is to \p next
    /// (dropped when it holds neither label nor note).
    void pushAnnotation(const Utterance &u, Annotation next, const QString &text);
    void showKeysAndSummary(const Selection &selection);

    QString m_spec;
    Protocol m_protocol;
    CorpusReadResult m_corpus;
    QStringList m_classes;
    AnnotationStore m_store;
    QString m_author;
    QString m_lastSelected;
    QString m_reviewOrder = QStringLiteral("corpus");
    QString m_agreementSummary;

    UtteranceTableModel *m_model = nullptr;
    UtteranceTable *m_table = nullptr;
    ReviewBar *m_bar = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_keys = nullptr;
    QLabel *m_votes = nullptr;
    DialogView *m_dialog = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace emolens::ui
