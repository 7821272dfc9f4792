#pragma once
// The main window: pages in tabs (the analysis page; the corpus browser and
// training panel plug in beside it), menus, recent files, drag and drop, the
// model in use, and settings that persist (QSettings).

#include "analysis/AnalysisPage.h"
#include "common/LanguageMenu.h" // languageSetting() for main()
#include "corpus/CorpusPage.h"
#include "training/TrainingPage.h"

#include <QMainWindow>
#include <QString>

class QTabWidget;
class QMenu;

namespace emolens::ui {

class AnnotationActions;
class ModelLoader;
class CorpusPredictor;
class RecentFiles;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Analyses \p path with the current model in a worker; analysisFinished() follows.
    void openFile(const QString &path);
    /// Loads a model file; on failure shows the error and keeps the current model.
    bool openModel(const QString &path);
    /// The model bundled in the resources (EmoDB, 4 classes, speaker 03 held out).
    bool useBundledModel();
    /// Opens the bundled demo clip (EmoDB speaker 03, never heard by the bundled model).
    void openDemo();
    /// Path of the demo clip, extracted from the resources on first use.
    QString demoPath();

    AnalysisPage *analysisPage() const { return m_analysis; }
    CorpusPage *corpusPage() const { return m_corpus; }
    TrainingPage *trainingPage() const { return m_training; }
    /// Opens \p spec in the corpus browser; shows the error and returns false on failure.
    bool openCorpus(const QString &spec, const Protocol &protocol = {});
    /// Uses \p path as the annotation file (offers to restore an autosave newer than it).
    /// When another EmoLens holds it, asks whether to open it read-only or (for a lock
    /// whose owner is gone) take the lock over, and returns false meanwhile.
    bool openAnnotations(const QString &path);
    /// The last error shown to the user (also printed on stderr), for scripts and tests.
    QString lastError() const { return m_lastError; }
    /// Runs the current model over every row of the corpus browser in a worker.
    void predictCorpus();
    /// Marks the corpus rows whose speakers \p meta's model was trained on (or validated with).
    void markSpeakersSeenBy(const ModelMetadata &meta);
    bool isPredicting() const;
    /// The annotator recorded with corrections (Settings > Annotator Name).
    void setAnnotator(const QString &name);
    /// "analysis", "corpus" or "training".
    bool showPage(const QString &name);
    QString statusText() const;
    QStringList recentFiles() const;

Q_SIGNALS:
    void analysisFinished(const QString &path, const QString &error);
    void predictionFinished(int predicted, int failed, bool cancelled);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void connectPages();
    void connectCorpus();
    void connectTraining();
    void connectAnalysis();
    void restoreSettings();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createSettingsMenu();
    void chooseFile();
    void exportPlots();
    void showError(const QString &title, const QString &message);
    void chooseCorpus();
    void updateTitle();

    QTabWidget *m_tabs = nullptr;
    AnalysisPage *m_analysis = nullptr;
    CorpusPage *m_corpus = nullptr;
    TrainingPage *m_training = nullptr;
    AnnotationActions *m_annotations = nullptr; ///< the annotation file's commands and dialogs
    CorpusPredictor *m_predictor = nullptr; ///< Edit > Predict Corpus
    QString m_lastError;
    QString m_titleFile; ///< the analysed file shown in the title
    RecentFiles *m_recent = nullptr; ///< File > Open Recent
    ModelLoader *m_models = nullptr; ///< the model in use: a file, the bundled one, the remembered one
};

} // namespace emolens::ui
