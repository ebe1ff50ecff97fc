#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "core/workflow.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The result reply and its publication (Điều 11.2.b, 12, 17.2; Phụ lục 1): the template the
// agency's result editor starts from, the IOC's quality gate before `publish`, the public version
// of the reply, and the timeline the citizen sees. Shared by the console and the server.
namespace ioc::core::publication {

// How the reply addresses the reporter: the name when the reader may see it, else a neutral form.
QString addressee(const Report &report);

// The Phụ lục 1 reply filled with the report's data: addressee, processing agency, and `result`
// (what was done). With `committedDate` valid, the result is a commitment to finish by then
// (cam kết thời gian; 14.2.a) followed by `result`.
QString composeResult(const Report &report, const QString &agencyName, const QString &result, QDate committedDate = {});

// A decline for insufficient content (11.1.c): the reply's opening (the agency adds what is
// missing) and how to resubmit.
QString declineReply();
QString declineGuidance();

// The text the public reads: the addressee masked (5.6) and every trace of the reporter's
// identity replaced — their name, phone, citizen ID and e-mail, and anything shaped like a phone
// number, a citizen ID or an e-mail address.
QString publicVersion(const QString &text, const Report &report);

enum class Item
{
    Addressee,    // "Kính gửi: …"
    Agency,       // the processing agency named
    Result,       // the result itself (or the committed completion date), no placeholder left
    Thanks,       // the thanks and "Trân trọng./."
    Photos,       // result photos or files attached (12.2)
    NoIdentity,   // no reporter identity in the public text (5.6)
    Confidential, // the reporter asked for confidentiality: the reporter only (12.3)
    StateSecret,  // no state-secret content is published (12.4)
};

enum class Verdict
{
    Pass,
    Fail,
    Info, // nothing to fix; how the publication will be made
};

struct Check
{
    Item item;
    Verdict verdict;
    QString detail; // Vietnamese or English per the current language (translated)
};

struct Gate
{
    QList<Check> checks;
    QString publicText;        // proposed: publicVersion() of the text checked
    bool confidential = false; // publish to the reporter only (12.3, or 12.4's state secret)
    // What to ask of the agency when something fails: a template fix (30 min, 12.1) when only
    // the form is wrong, the result back (60 min, 12.2) when the result or its photos are.
    std::optional<Action> proposedFix;

    bool passes() const;
    // Whether `publish` may go ahead: nothing fails but state-secret wording, which does not
    // refuse the publication but makes it confidential (12.4). The server refuses anything else
    // with 422 `publication_gate_failed`, naming `failing()`.
    bool publishable() const;
    // The codes (itemCode) of the items that stop publication.
    QStringList failing() const;
    const Check *check(Item item) const;
};

// Checks `text` (the approved result, as edited by the officer) before publication.
Gate check(const Report &report, const Directory &directory, const QString &text);

QString itemName(Item item);
// The stable English code of an item, as the server's refusal names it: addressee, agency,
// result, thanks, photos, no_identity, confidential, state_secret.
QString itemCode(Item item);

// Whether the citizen's timeline (their own report, and the public one of a published report)
// shows this action (Điều 17.2; its exception cites "điểm c Khoản 3 Điều 12", which does not
// exist: 12.3, the confidential result, is read): receipt, verification, distribution, processing, approval,
// publication, ratings and interactions — never the officers' notes, calls or look-ups.
bool isOnCitizenTimeline(const QString &action);
// The citizen's words for a step on that timeline (translated; Vietnamese first).
QString timelineLabel(const QString &action);

} // namespace ioc::core::publication
