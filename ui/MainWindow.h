#pragma once
// The main window shell. Pages (analysis, corpus browser, training) plug into
// its central stack in later versions; for now it opens audio files and shows
// what core reads from them, loading off the GUI thread.

#include <QFutureWatcher>
#include <QMainWindow>
#include <QString>

class QLabel;
class QStackedWidget;

namespace emolens::ui {

/// Result of loading a file in the worker: plain values, no exceptions.
struct FileSummary {
    QString path;
    QString error; ///< empty on success
    int sampleRateHz = 0;
    int channels = 0;
    double durationSeconds = 0.0;
    QString format;
    int segments = 0;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts loading \p path in a worker thread; fileLoaded() follows.
    void openFile(const QString &path);
    QString statusText() const;

Q_SIGNALS:
    void fileLoaded(const emolens::ui::FileSummary &summary);

private:
    void createMenus();
    void chooseFile();
    void showSummary(const FileSummary &summary);
    void showAbout();

    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcome = nullptr;
    QLabel *m_details = nullptr;
    QFutureWatcher<FileSummary> m_loader;
};

} // namespace emolens::ui
