#include "backoffice/MemberProfileForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace patron::ui {

MemberProfileForm::MemberProfileForm(QWidget* parent) : QWidget(parent)
{
    auto line = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_name = line("name");
    m_mobile = line("mobile");
    m_card = line("cardNo");
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItem(tr("Not given"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("f"));
    m_gender->addItem(tr("Male"), QStringLiteral("m"));
    m_birthday = line("birthday");
    m_birthday->setPlaceholderText(tr("YYYY-MM-DD"));
    m_email = line("email");
    m_region = line("region");
    m_tags = line("tags");
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMaximumHeight(80);
    m_consentSms = new QCheckBox(tr("Agrees to SMS offers"), this);
    m_consentSms->setObjectName(QStringLiteral("consentSms"));
    m_consentSmsAt = new QLabel(this);
    m_consentSmsAt->setObjectName(QStringLiteral("consentSmsAt"));
    m_consentEmail = new QCheckBox(tr("Agrees to e-mail offers"), this);
    m_consentEmail->setObjectName(QStringLiteral("consentEmail"));
    m_consentEmailAt = new QLabel(this);
    m_consentEmailAt->setObjectName(QStringLiteral("consentEmailAt"));

    auto consentRow = [this](QCheckBox* box, QLabel* at) {
        auto* row = new QHBoxLayout;
        row->addWidget(box);
        row->addWidget(at, 1);
        return row;
    };
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Mobile"), m_mobile);
    form->addRow(tr("Card number"), m_card);
    form->addRow(tr("Gender"), m_gender);
    form->addRow(tr("Birthday"), m_birthday);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Consent"), consentRow(m_consentSms, m_consentSmsAt));
    form->addRow(QString(), consentRow(m_consentEmail, m_consentEmailAt));
}

void MemberProfileForm::setMember(const Member& m)
{
    m_name->setText(m.name);
    m_mobile->setText(m.mobile);
    m_card->setText(m.cardNo);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(m.gender)));
    m_birthday->setText(m.birthday.isValid() ? m.birthday.toString(Qt::ISODate) : QString());
    m_email->setText(m.email);
    m_region->setText(m.region);
    m_tags->setText(m.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(m.notes);
    m_consentSms->setChecked(m.consentSms);
    m_consentEmail->setChecked(m.consentEmail);
    // The time a consent was given is the record PIPL asks for; it changes only in the service.
    auto given = [](bool on, const QDateTime& at) {
        return on && at.isValid() ? tr("given %1").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : QString();
    };
    m_consentSmsAt->setText(given(m.consentSms, m.consentSmsAt));
    m_consentEmailAt->setText(given(m.consentEmail, m.consentEmailAt));
}

Result<MemberFields> MemberProfileForm::fields() const
{
    MemberFields f;
    f.name = m_name->text().trimmed();
    f.mobile = m_mobile->text().trimmed();
    if (!m_card->text().trimmed().isEmpty())
        f.cardNo = m_card->text().trimmed();
    f.gender = m_gender->currentData().toString();
    const QString birthday = m_birthday->text().trimmed();
    if (birthday.isEmpty()) {
        f.birthday = QDate();
    } else {
        const QDate d = QDate::fromString(birthday, Qt::ISODate);
        if (!d.isValid())
            return makeError(ErrorCode::InvalidInput, tr("The birthday %1 is not a date (YYYY-MM-DD).").arg(birthday));
        f.birthday = d;
    }
    f.email = m_email->text().trimmed();
    f.region = m_region->text().trimmed();
    QStringList tags;
    // Chinese keyboards type the full-width comma.
    for (const QString& t : m_tags->text().split(QRegularExpression(QStringLiteral("[,，]")), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags << t.trimmed();
    f.tags = tags;
    f.notes = m_notes->toPlainText();
    f.consentSms = m_consentSms->isChecked();
    f.consentEmail = m_consentEmail->isChecked();
    return f;
}

} // namespace patron::ui
