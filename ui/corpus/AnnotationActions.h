#pragma once
// The window's annotation-file commands and their dialogs: open (with the lock
// choice when another EmoLens holds the file, and the offer to restore an
// autosave), save, save as, export, the annotator's name, and the question before
// unsaved labels are closed. Reports to the window by signals.
#include <QObject>

class QWidget;

namespace emolens::ui {

class CorpusPage;
struct LockOwner;

class AnnotationActions : public QObject {
    Q_OBJECT
public:
    /// Works on \p corpus; dialogs open over \p window.
    AnnotationActions(CorpusPage *corpus, QWidget *window);

    /// Uses \p path as the annotation file. When another EmoLens holds it, asks whether to
    /// open it read-only or (for a lock whose owner is gone) take the lock over, and
    /// returns false meanwhile.
    bool open(const QString &path);
    /// Asks for a file to open (\p saveAs false) or to save the current labels to.
    void choose(bool saveAs);
    void save();
    void exportLabels(bool csv);
    /// Asks for a folder and writes the labels there as "textgrid", "eaf" or "audacity" files.
    void exportLabelFiles(const QString &format);
    /// Asks for other annotators' files and shows how far everyone agrees (the corpus's
    /// evaluators, the current file and the chosen ones).
    void compareAnnotators();
    /// False when the user cancels closing over unsaved labels (or saving them fails).
    bool confirmDiscard();
    void setAnnotator(const QString &name);
    void chooseAnnotator();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void errorOccurred(const QString &title, const QString &message);
    /// A problem shown in a dialog of its own (the lock question); for the record.
    void problemNoted(const QString &message);
    /// Read-only or not: the window title says so.
    void accessChanged();

private:
    void askAnnotatorOnce();
    void offerRestore(const QString &path);
    void offerLockChoice(const QString &path, const LockOwner &owner);

    CorpusPage *m_corpus;
    QWidget *m_window;
};

} // namespace emolens::ui
