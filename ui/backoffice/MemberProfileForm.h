#pragma once
// MemberProfileForm: a member's profile fields for the back office: name, mobile, card, gender,
// birthday, e-mail, region, tags, notes, and the marketing consents with the time each was given.
// It reads a Member and gives back the fields that changed; the service validates them.

#include "common/Result.h"
#include "members/Member.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace patron::ui {

class MemberProfileForm : public QWidget {
    Q_OBJECT
public:
    explicit MemberProfileForm(QWidget* parent = nullptr);

    void setMember(const Member& member);
    // What the form says, as the fields to save. A birthday that is not a date is an error.
    Result<MemberFields> fields() const;

private:
    QLineEdit* m_name;
    QLineEdit* m_mobile;
    QLineEdit* m_card;
    QComboBox* m_gender;
    QLineEdit* m_birthday;
    QLineEdit* m_email;
    QLineEdit* m_region;
    QLineEdit* m_tags;
    QPlainTextEdit* m_notes;
    QCheckBox* m_consentSms;
    QLabel* m_consentSmsAt;
    QCheckBox* m_consentEmail;
    QLabel* m_consentEmailAt;
};

} // namespace patron::ui
