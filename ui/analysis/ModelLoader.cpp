#include "analysis/ModelLoader.h"
#include "analysis/AnalysisPage.h"
#include "common/DeviceChoice.h"

#include "emolens/ModelFile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace emolens::ui {

namespace {
const QString kRemembered = QStringLiteral("analysis/model");
} // namespace

ModelLoader::ModelLoader(AnalysisPage *page, QObject *parent) : QObject(parent), m_page(page) { }

bool ModelLoader::open(const QString &path)
{
    try {
        ModelHandle handle;
        handle.model = std::make_shared<LoadedModel>(loadModel(path.toStdString()));
        QString note;
        const ComputeDevice device = analysisDevice(&note);
        handle.model->model.setDevice(device);
        handle.model->model.setInferencePrecision(analysisPrecision(device));
        handle.path = path;
        handle.name = m_bundled.isBundled(path) ? tr("bundled default (%1)").arg(QFileInfo(path).fileName())
                                                : QFileInfo(path).fileName();
        m_page->setModel(handle);
        Q_EMIT loaded(handle.name);
        if (!note.isEmpty())
            Q_EMIT deviceNote(note);
        if (!m_page->currentFile().isEmpty())
            m_page->analyse(m_page->currentFile());
        return true;
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("Could not open model"), QString::fromStdString(e.what()));
        return false;
    }
}

bool ModelLoader::openAndRemember(const QString &path)
{
    if (!open(path))
        return false;
    QSettings().setValue(kRemembered, path);
    return true;
}

bool ModelLoader::useBundled()
{
    const QString target = m_bundled.modelPath();
    if (target.isEmpty()) {
        Q_EMIT failed(tr("Could not open model"), tr("The bundled model is missing from this build."));
        return false;
    }
    QSettings().remove(kRemembered);
    return open(target);
}

void ModelLoader::choose(QWidget *dialogParent)
{
    const QString path = QFileDialog::getOpenFileName(dialogParent, tr("Open Model"), QString(),
                                                      tr("EmoLens models (*.emolens);;All files (*)"));
    if (!path.isEmpty())
        openAndRemember(path);
}

void ModelLoader::restore()
{
    const QString last = QSettings().value(kRemembered).toString();
    if (last.isEmpty() || !QFileInfo::exists(last) || !open(last))
        useBundled();
}

} // namespace emolens::ui
