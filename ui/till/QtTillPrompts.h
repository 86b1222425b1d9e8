#pragma once
// The real prompts: an input dialog for text, the manager PIN dialog for overrides.

#include "till/TillPrompts.h"

namespace patron::ui {

class QtTillPrompts final : public TillPrompts {
public:
    std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                   const QString& initial) override;
    std::optional<Session> managerOverride(QWidget* parent, UserService& users, const QString& permission,
                                           const QString& why) override;
};

} // namespace patron::ui
