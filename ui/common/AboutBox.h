#pragma once
// Help > About EmoLens: version, build, the paper implemented and the data the bundled files derive from.
class QWidget;

namespace emolens::ui {

void showAboutBox(QWidget *parent);

} // namespace emolens::ui
