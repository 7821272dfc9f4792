#pragma once
// The files built into the application (the default model and the demo clip),
// copied out of the resources on first use into a folder that lives as long as
// this object: libsndfile, LibTorch and the media player read real files.
#include <QString>
#include <QTemporaryDir>

namespace emolens::ui {

class BundledFiles {
public:
    /// The bundled model (EmoDB, 4 classes, speaker 03 held out); empty when this build lacks it.
    QString modelPath();
    /// The demo clip (EmoDB speaker 03, never heard by the bundled model); empty when missing.
    QString demoClipPath();
    /// Whether \p path is one of these files (in the resources or copied out).
    bool isBundled(const QString &path) const;

private:
    QString extract(const QString &resource);
    QTemporaryDir m_dir;
};

} // namespace emolens::ui
