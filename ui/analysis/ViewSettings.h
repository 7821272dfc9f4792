#pragma once
// The analysis page's view as the user left it, kept in the settings across
// starts: the splitter between plots and predictions, the colour map, the
// overlay's opacity and which overlay is shown.
namespace emolens::ui {

class AnalysisPage;

/// Splitter, colour map and opacity (before a model is loaded).
void restoreView(AnalysisPage &page);
/// The overlay chosen last (after the model: a top-down overlay names one of its classes).
void restoreOverlay(AnalysisPage &page);
void saveView(const AnalysisPage &page);

} // namespace emolens::ui
