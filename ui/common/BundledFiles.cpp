#include "common/BundledFiles.h"

#include <QFile>
#include <QFileInfo>

namespace emolens::ui {

namespace {
const char *const kBundledModel = ":/models/emodb-4class-heldout-03.emolens";
const char *const kDemoClip = ":/demo/emodb-03-demo.wav";
} // namespace

QString BundledFiles::extract(const QString &resource)
{
    const QString target = m_dir.filePath(QFileInfo(resource).fileName());
    if (QFileInfo::exists(target) || QFile::copy(resource, target))
        return target;
    return {};
}

QString BundledFiles::modelPath()
{
    return extract(QString::fromLatin1(kBundledModel));
}

QString BundledFiles::demoClipPath()
{
    return extract(QString::fromLatin1(kDemoClip));
}

bool BundledFiles::isBundled(const QString &path) const
{
    return path.startsWith(QStringLiteral(":/")) || path.startsWith(m_dir.path());
}

} // namespace emolens::ui
