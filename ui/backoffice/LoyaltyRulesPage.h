#pragma once
// LoyaltyRulesPage: the loyalty rules editor (perm::RulesEdit): the rules as forms and JSON, a
// preview of an example order and top-up computed on the edited rules before they are saved,
// saving as a new version, and the list of versions (double-click one to start from it). When the
// till is joined to head office, head office owns the rules: the page only shows them.

#include "auth/UserService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace patron {
class Clock;
class LoyaltyRuleBook;
}

namespace patron::ui {

class Dialogs;
class LoyaltyRulesForm;
class LoyaltyRulesPreview;

class LoyaltyRulesPage : public QWidget {
    Q_OBJECT
public:
    LoyaltyRulesPage(LoyaltyRuleBook& book, const Clock& clock, const QString& currency, Session actor,
                     Dialogs& dialogs, bool headOfficeOwned, QWidget* parent = nullptr);

    bool preview();
    // Saves the edited rules as a new version; returns its number, 0 when refused.
    int save();
    bool loadVersion(int number);
    LoyaltyRulesForm* form() const { return m_form; }
    LoyaltyRulesPreview* previewPanel() const { return m_preview; }
    bool isReadOnly() const { return m_readOnly; }

private:
    void reload();

    LoyaltyRuleBook& m_book;
    const Clock& m_clock;
    Session m_actor;
    Dialogs& m_dialogs;
    bool m_readOnly;
    LoyaltyRulesForm* m_form;
    LoyaltyRulesPreview* m_preview;
    QListWidget* m_versions;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace patron::ui
