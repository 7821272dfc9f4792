#pragma once
// Settings > Language: the interface languages EmoLens ships (plus the system's),
// the choice kept in the settings and applied at the next start (main() installs
// the translator before any widget exists).
#include <QObject>
#include <QString>

class QMenu;

namespace emolens::ui {

class LanguageMenu : public QObject {
    Q_OBJECT
public:
    /// Fills \p menu with one checkable entry per language, the current one checked.
    LanguageMenu(QMenu *menu, QObject *parent);

Q_SIGNALS:
    /// A language was chosen (and saved): "" is the system's, else "en", "zh_CN"...
    void chosen(const QString &code);
};

/// The interface language chosen in Settings ("" = follow the system locale).
QString languageSetting();

} // namespace emolens::ui
