#pragma once
// The recent-files list behind File > Open Recent: kept in the settings, newest
// first, at most ten, shown in the menu it is given; choosing one reports it.
#include <QObject>
#include <QStringList>

class QMenu;

namespace emolens::ui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    RecentFiles(QMenu *menu, QObject *parent);
    QStringList files() const;
    void remember(const QString &path);

Q_SIGNALS:
    void chosen(const QString &path);

private:
    void rebuild();
    QMenu *m_menu;
};

} // namespace emolens::ui
