#include "common/RecentFiles.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace emolens::ui {

namespace {
constexpr int kMaxRecent = 10;
const QString kKey = QStringLiteral("ui/recentFiles");
} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    rebuild();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::remember(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kKey, list);
    rebuild();
}

void RecentFiles::rebuild()
{
    m_menu->clear();
    const QStringList list = files();
    for (const QString &path : list)
        m_menu->addAction(QFileInfo(path).fileName(), this, [this, path] { Q_EMIT chosen(path); })->setToolTip(path);
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace emolens::ui
