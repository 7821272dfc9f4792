#pragma once
// The model the analysis page runs: loaded from a file, the bundled default or
// one chosen in a dialog. A model the user chose is remembered (settings key
// analysis/model) and comes back at the next start; the file on the page is
// analysed again with the new model. Reports upward by signals.
#include "common/BundledFiles.h"

#include <QObject>
#include <QString>

class QWidget;

namespace emolens::ui {

class AnalysisPage;

class ModelLoader : public QObject {
    Q_OBJECT
public:
    ModelLoader(AnalysisPage *page, QObject *parent);

    /// Loads \p path into the page; on failure emits failed() and keeps the current model.
    bool open(const QString &path);
    /// open(), and remembers \p path for the next start when it loads.
    bool openAndRemember(const QString &path);
    /// The bundled model (EmoDB, 4 classes, speaker 03 held out); forgets a remembered one.
    bool useBundled();
    /// File > Open Model: a file dialog, then openAndRemember().
    void choose(QWidget *dialogParent);
    /// The remembered model when it still loads, else the bundled one.
    void restore();
    /// The bundled demo clip, copied out of the resources.
    QString demoClipPath() { return m_bundled.demoClipPath(); }

Q_SIGNALS:
    void loaded(const QString &name);
    void failed(const QString &title, const QString &message);
    /// The compute device setting names a GPU this process cannot use: the model runs on the CPU.
    void deviceNote(const QString &note);

private:
    AnalysisPage *m_page;
    BundledFiles m_bundled;
};

} // namespace emolens::ui
