#pragma once
// The widget tests' QApplication, created on first use, with the till's style and a chosen
// language (translations swapped per test).

#include <QString>

class QWidget;

namespace patron::test {

void ensureApp();
void useLanguage(const QString& lang);  // "en" or "zh_CN"
// Saves a PNG of the widget when PATRON_SCREENSHOT_DIR is set (for docs/screenshots).
void maybeScreenshot(QWidget* w, const QString& name);

} // namespace patron::test
