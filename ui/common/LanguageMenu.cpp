#include "common/LanguageMenu.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace emolens::ui {

namespace {
const QString kKey = QStringLiteral("ui/language");
} // namespace

QString languageSetting()
{
    return QSettings().value(kKey).toString();
}

LanguageMenu::LanguageMenu(QMenu *menu, QObject *parent) : QObject(parent)
{
    auto *group = new QActionGroup(this);
    const QString current = languageSetting();
    // Each language names itself in its own script, so a user lost in a foreign one finds theirs.
    const QList<QPair<QString, QString>> languages = {{QString(), tr("System default")},
                                                      {QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, label] : languages) {
        QAction *a = menu->addAction(label, this, [this, code = code] {
            QSettings().setValue(kKey, code);
            Q_EMIT chosen(code);
        });
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
    }
}

} // namespace emolens::ui
