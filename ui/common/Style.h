#pragma once
// The till's look: large, high-contrast type for a shop counter, and a font stack that has the
// Chinese glyphs (Noto Sans CJK SC, then common Windows/macOS fallbacks).

class QApplication;

namespace patron::ui {

void applyTillStyle(QApplication& app);

} // namespace patron::ui
