#pragma once
// The seam for the small questions the checkout asks (a quantity, a price, a manager's PIN):
// widgets ask a TillPrompts object, so tests answer without a modal loop.

#include "auth/UserService.h"

#include <QString>

#include <optional>

class QWidget;

namespace patron::ui {

class TillPrompts {
public:
    virtual ~TillPrompts() = default;
    // One line of input; nullopt when the cashier cancels.
    virtual std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                           const QString& initial = {}) = 0;
    // A manager signs off one action the cashier may not do (UserService::authorizeOverride);
    // nullopt when cancelled or refused (the refusal has been shown).
    virtual std::optional<Session> managerOverride(QWidget* parent, UserService& users, const QString& permission,
                                                   const QString& why) = 0;
};

} // namespace patron::ui
