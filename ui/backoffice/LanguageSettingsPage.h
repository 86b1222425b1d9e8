#pragma once
// LanguageSettingsPage: the till's language (Chinese, English, or the system's). A per-till
// setting read before the store is unlocked, so it applies at the next start.

#include <QWidget>

class QComboBox;
class QLabel;

namespace patron {
class TillSettings;
}

namespace patron::ui {

class LanguageSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit LanguageSettingsPage(TillSettings& settings, QWidget* parent = nullptr);
    void save();

private:
    TillSettings& m_settings;
    QComboBox* m_language;
    QLabel* m_note;
};

} // namespace patron::ui
