<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Components and their versions</source>
        <translation>Components and their versions</translation>
    </message>
    <message>
        <source>About the IOC console</source>
        <translation>About the IOC console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;IOC field-report console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;IOC field-report console&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Receives, verifies, distributes and follows field reports from citizens and organisations under the provincial regulation on the field-report information system (Decision 2573/QĐ-UBND, 2024).</source>
        <translation>Receives, verifies, distributes and follows field reports from citizens and organisations under the provincial regulation on the field-report information system (Decision 2573/QĐ-UBND, 2024).</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IOC field reports</source>
        <translation>IOC field reports</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Field-report queue&lt;/h2&gt;&lt;p&gt;Sign in to a central server to synchronise the queue of field reports.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Field-report queue&lt;/h2&gt;&lt;p&gt;Sign in to a central server to synchronise the queue of field reports.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;About the IOC console</source>
        <translation>&amp;About the IOC console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ioc</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a photo, video or PDF file this system accepts.</source>
        <translation>%1 is not a photo, video or PDF file this system accepts.</translation>
    </message>
    <message>
        <source>%1 is not a photo or video this system accepts.</source>
        <translation>%1 is not a photo or video this system accepts.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
</context>
<context>
    <name>ioc::ConsoleController</name>
    <message>
        <source>The session has ended. Sign in again; queued actions are kept.</source>
        <translation>The session has ended. Sign in again; queued actions are kept.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Action not queued</source>
        <translation>Action not queued</translation>
    </message>
    <message>
        <source>Action not dropped</source>
        <translation>Action not dropped</translation>
    </message>
    <message>
        <source>The server address must start with https://</source>
        <translation>The server address must start with https://</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Offline — working on the local copy</source>
        <translation>Offline — working on the local copy</translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>Sync problem: %1</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Sign-in required</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Your action “%1” met a change on the server; open the report to decide.</source>
        <translation>Your action “%1” met a change on the server; open the report to decide.</translation>
    </message>
    <message numerus="yes">
        <source>%n unhandled urgent report(s)</source>
        <translation>
            <numerusform>%n unhandled urgent report</numerusform>
            <numerusform>%n unhandled urgent reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift handover notes could not be loaded: %1</source>
        <translation>The shift handover notes could not be loaded: %1</translation>
    </message>
    <message>
        <source>The handover note was not acknowledged: %1</source>
        <translation>The handover note was not acknowledged: %1</translation>
    </message>
    <message>
        <source>File not available</source>
        <translation>File not available</translation>
    </message>
    <message>
        <source>The picture cannot be shown</source>
        <translation>The picture cannot be shown</translation>
    </message>
    <message>
        <source>The shift handover note is saved.</source>
        <translation>The shift handover note is saved.</translation>
    </message>
    <message>
        <source>Handover note not saved</source>
        <translation>Handover note not saved</translation>
    </message>
    <message>
        <source>The server did not take the note (%1). It is kept: open “Write the shift handover note” again to resend it.</source>
        <translation>The server did not take the note (%1). It is kept: open “Write the shift handover note” again to resend it.</translation>
    </message>
    <message>
        <source>Asking the server for the identity…</source>
        <translation>Asking the server for the identity…</translation>
    </message>
    <message>
        <source>Identity not revealed</source>
        <translation>Identity not revealed</translation>
    </message>
    <message>
        <source>%1 — %2 (published %3)</source>
        <translation>%1 — %2 (published %3)</translation>
    </message>
</context>
<context>
    <name>ioc::DistributionController</name>
    <message>
        <source>%1 distributed to %2.</source>
        <translation>%1 distributed to %2.</translation>
    </message>
    <message>
        <source>Urgent: distributed at once as proposed. %1</source>
        <translation>Urgent: distributed at once as proposed. %1</translation>
    </message>
    <message>
        <source>Distribution not queued</source>
        <translation>Distribution not queued</translation>
    </message>
</context>
<context>
    <name>ioc::MapController</name>
    <message numerus="yes">
        <source>On the map: the %n report(s) of a cluster</source>
        <translation>
            <numerusform>On the map: the %n report of a cluster</numerusform>
            <numerusform>On the map: the %n reports of a cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Basemap file: %1</source>
        <translation>Basemap file: %1</translation>
    </message>
    <message>
        <source>Basemap: IOC server</source>
        <translation>Basemap: IOC server</translation>
    </message>
    <message>
        <source>Boundary data not usable for: %1</source>
        <translation>Boundary data not usable for: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only what is in the map's view (%n)</source>
        <translation>
            <numerusform>Only what is in the map's view (%n)</numerusform>
            <numerusform>Only what is in the map's view (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ProcessingController</name>
    <message>
        <source>%1: nothing to process for your role now.</source>
        <translation>%1: nothing to process for your role now.</translation>
    </message>
    <message>
        <source>%1: no approved result to publish.</source>
        <translation>%1: no approved result to publish.</translation>
    </message>
    <message>
        <source>%1 queued.</source>
        <translation>%1 queued.</translation>
    </message>
</context>
<context>
    <name>ioc::SanctionsController</name>
    <message>
        <source>Sanctions on accounts are decided by the IOC.</source>
        <translation>Sanctions on accounts are decided by the IOC.</translation>
    </message>
    <message>
        <source>%1 did not come from a citizen account (hotline, e-mail…): there is no account to sanction.</source>
        <translation>%1 did not come from a citizen account (hotline, e-mail…): there is no account to sanction.</translation>
    </message>
    <message>
        <source>sender of %1 (%2)</source>
        <translation>sender of %1 (%2)</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>The server did not answer.</translation>
    </message>
    <message>
        <source>The server did not answer; nothing was changed.</source>
        <translation>The server did not answer; nothing was changed.</translation>
    </message>
    <message>
        <source>The account's sanctions were updated.</source>
        <translation>The account's sanctions were updated.</translation>
    </message>
</context>
<context>
    <name>ioc::TileLoader</name>
    <message>
        <source>The tile server did not answer properly (%1).</source>
        <translation>The tile server did not answer properly (%1).</translation>
    </message>
    <message>
        <source>The tile source sent something that is not a picture.</source>
        <translation>The tile source sent something that is not a picture.</translation>
    </message>
    <message>
        <source>The tile address must be an https:// address with {z}, {x} and {y}: %1</source>
        <translation>The tile address must be an https:// address with {z}, {x} and {y}: %1</translation>
    </message>
</context>
<context>
    <name>ioc::VerificationController</name>
    <message>
        <source>“%1” was not queued: %2</source>
        <translation>“%1” was not queued: %2</translation>
    </message>
    <message>
        <source>No report left to verify.</source>
        <translation>No report left to verify.</translation>
    </message>
    <message>
        <source>Files not accepted</source>
        <translation>Files not accepted</translation>
    </message>
    <message>
        <source>Report not queued</source>
        <translation>Report not queued</translation>
    </message>
</context>
<context>
    <name>ioc::core</name>
    <message>
        <source>Time limit ran out</source>
        <translation>Time limit ran out</translation>
    </message>
    <message>
        <source>Time limit about to run out (the agency was told)</source>
        <translation>Time limit about to run out (the agency was told)</translation>
    </message>
    <message>
        <source>The time to supplement ran out</source>
        <translation>The time to supplement ran out</translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Processing officer</source>
        <translation>Processing officer</translation>
    </message>
    <message>
        <source>Approving leader</source>
        <translation>Approving leader</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Quang Tri-S app</source>
        <translation>Quang Tri-S app</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Web portal</translation>
    </message>
    <message>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Connected system</source>
        <translation>Connected system</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Device GPS</source>
        <translation>Device GPS</translation>
    </message>
    <message>
        <source>Photo EXIF</source>
        <translation>Photo EXIF</translation>
    </message>
    <message>
        <source>Picked on the map</source>
        <translation>Picked on the map</translation>
    </message>
    <message>
        <source>From the address</source>
        <translation>From the address</translation>
    </message>
    <message>
        <source>No clear, related photo or video</source>
        <translation>No clear, related photo or video</translation>
    </message>
    <message>
        <source>Photo or video shows signs of editing</source>
        <translation>Photo or video shows signs of editing</translation>
    </message>
    <message>
        <source>Requested supplement not made within 48 hours</source>
        <translation>Requested supplement not made within 48 hours</translation>
    </message>
    <message>
        <source>Reporter information inaccurate or not verified</source>
        <translation>Reporter information inaccurate or not verified</translation>
    </message>
    <message>
        <source>Duplicate of another report</source>
        <translation>Duplicate of another report</translation>
    </message>
    <message>
        <source>An earlier report on it is still being processed</source>
        <translation>An earlier report on it is still being processed</translation>
    </message>
    <message>
        <source>Unclear, sent by mistake or a test</source>
        <translation>Unclear, sent by mistake or a test</translation>
    </message>
    <message>
        <source>Already resolved and answered, nothing new</source>
        <translation>Already resolved and answered, nothing new</translation>
    </message>
    <message>
        <source>The sender asked to cancel it</source>
        <translation>The sender asked to cancel it</translation>
    </message>
    <message>
        <source>Complaint, denunciation, legal advice or state secret</source>
        <translation>Complaint, denunciation, legal advice or state secret</translation>
    </message>
    <message>
        <source>Offensive, defamatory or inciting language</source>
        <translation>Offensive, defamatory or inciting language</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Verifying identity</source>
        <translation>Verifying identity</translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Coordinating</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>Returned: not competent</source>
        <translation>Returned: not competent</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Declined: insufficient</source>
        <translation>Declined: insufficient</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Template fix requested</source>
        <translation>Template fix requested</translation>
    </message>
    <message>
        <source>Result returned for fixing</source>
        <translation>Result returned for fixing</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Verify identity</translation>
    </message>
    <message>
        <source>Reply to an invalid report</source>
        <translation>Reply to an invalid report</translation>
    </message>
    <message>
        <source>Supplement by the citizen</source>
        <translation>Supplement by the citizen</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <source>Agency accepts</source>
        <translation>Agency accepts</translation>
    </message>
    <message>
        <source>Dispatch forces</source>
        <translation>Dispatch forces</translation>
    </message>
    <message>
        <source>Return as not competent</source>
        <translation>Return as not competent</translation>
    </message>
    <message>
        <source>Decline as insufficient</source>
        <translation>Decline as insufficient</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Update and approve the result</source>
        <translation>Update and approve the result</translation>
    </message>
    <message>
        <source>Leader approval</source>
        <translation>Leader approval</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Fix the template</source>
        <translation>Fix the template</translation>
    </message>
    <message>
        <source>Fix the result</source>
        <translation>Fix the result</translation>
    </message>
    <message>
        <source>Answer the interaction</source>
        <translation>Answer the interaction</translation>
    </message>
    <message>
        <source>Coordinating agency answers</source>
        <translation>Coordinating agency answers</translation>
    </message>
    <message>
        <source>Receive a report</source>
        <translation>Receive a report</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Verify the reporter's identity</source>
        <translation>Verify the reporter's identity</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Identity confirmed</translation>
    </message>
    <message>
        <source>Request a supplement</source>
        <translation>Request a supplement</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <source>Correct spelling and form</source>
        <translation>Correct spelling and form</translation>
    </message>
    <message>
        <source>Mark urgent</source>
        <translation>Mark urgent</translation>
    </message>
    <message>
        <source>Set public or non-public</source>
        <translation>Set public or non-public</translation>
    </message>
    <message>
        <source>Accept as eligible</source>
        <translation>Accept as eligible</translation>
    </message>
    <message>
        <source>Reject as not eligible</source>
        <translation>Reject as not eligible</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send for coordination</source>
        <translation>Send for coordination</translation>
    </message>
    <message>
        <source>Name the competent agency</source>
        <translation>Name the competent agency</translation>
    </message>
    <message>
        <source>Report to the provincial People's Committee</source>
        <translation>Report to the provincial People's Committee</translation>
    </message>
    <message>
        <source>Accept for processing</source>
        <translation>Accept for processing</translation>
    </message>
    <message>
        <source>Forces dispatched</source>
        <translation>Forces dispatched</translation>
    </message>
    <message>
        <source>Return: not competent</source>
        <translation>Return: not competent</translation>
    </message>
    <message>
        <source>Decline: content insufficient</source>
        <translation>Decline: content insufficient</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>Result obtained</source>
        <translation>Result obtained</translation>
    </message>
    <message>
        <source>Submit the result</source>
        <translation>Submit the result</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Edit and approve</source>
        <translation>Edit and approve</translation>
    </message>
    <message>
        <source>Return to the processing officer</source>
        <translation>Return to the processing officer</translation>
    </message>
    <message>
        <source>Ask for a template fix</source>
        <translation>Ask for a template fix</translation>
    </message>
    <message>
        <source>Return the result for fixing</source>
        <translation>Return the result for fixing</translation>
    </message>
    <message>
        <source>Resubmit the result</source>
        <translation>Resubmit the result</translation>
    </message>
    <message>
        <source>Ask the coordinating agency to agree</source>
        <translation>Ask the coordinating agency to agree</translation>
    </message>
    <message>
        <source>Agree or disagree with the result</source>
        <translation>Agree or disagree with the result</translation>
    </message>
    <message>
        <source>Return to the previous step</source>
        <translation>Return to the previous step</translation>
    </message>
    <message>
        <source>Rate the result</source>
        <translation>Rate the result</translation>
    </message>
    <message>
        <source>Interact</source>
        <translation>Interact</translation>
    </message>
    <message>
        <source>Hide the report</source>
        <translation>Hide the report</translation>
    </message>
    <message>
        <source>Show the report again</source>
        <translation>Show the report again</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Reveal the reporter's identity</source>
        <translation>Reveal the reporter's identity</translation>
    </message>
    <message>
        <source>Remind the agency</source>
        <translation>Remind the agency</translation>
    </message>
    <message>
        <source>Log a call to the agency</source>
        <translation>Log a call to the agency</translation>
    </message>
    <message>
        <source>Photo or video not taken within 24 hours before the report</source>
        <translation>Photo or video not taken within 24 hours before the report</translation>
    </message>
    <message>
        <source>Complex, long-standing or protracted case</source>
        <translation>Complex, long-standing or protracted case</translation>
    </message>
    <message>
        <source>Ethnic, religious, political-security or public-order matter</source>
        <translation>Ethnic, religious, political-security or public-order matter</translation>
    </message>
    <message>
        <source>Follow the administrative-sanction procedure</source>
        <translation>Follow the administrative-sanction procedure</translation>
    </message>
    <message>
        <source>Many people take part</source>
        <translation>Many people take part</translation>
    </message>
    <message>
        <source>Not a legitimate request for clarification</source>
        <translation>Not a legitimate request for clarification</translation>
    </message>
    <message>
        <source>Process within the extended time</source>
        <translation>Process within the extended time</translation>
    </message>
    <message>
        <source>Propose an extension</source>
        <translation>Propose an extension</translation>
    </message>
    <message>
        <source>Several agencies concerned</source>
        <translation>Several agencies concerned</translation>
    </message>
    <message>
        <source>Tell the reporter how processing stands</source>
        <translation>Tell the reporter how processing stands</translation>
    </message>
    <message>
        <source>Repeat of a report already handled</source>
        <translation>Repeat of a report already handled</translation>
    </message>
</context>
<context>
    <name>ioc::core::Countdown</name>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Result update</source>
        <translation>Result update</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Template fix</source>
        <translation>Template fix</translation>
    </message>
    <message>
        <source>Result fix</source>
        <translation>Result fix</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Status notice</source>
        <translation>Status notice</translation>
    </message>
    <message>
        <source>Extended time</source>
        <translation>Extended time</translation>
    </message>
    <message>
        <source>Art. 7, 6.2.d; Art. 15, step 1</source>
        <translation>Art. 7, 6.2.d; Art. 15, step 1</translation>
    </message>
    <message>
        <source>Art. 9, clause 1; Art. 11, 1.c</source>
        <translation>Art. 9, clause 1; Art. 11, 1.c</translation>
    </message>
    <message>
        <source>Art. 7, 6.2.c</source>
        <translation>Art. 7, 6.2.c</translation>
    </message>
    <message>
        <source>Art. 10, clause 1; Annex 2, step 1; Art. 15, steps 1-2</source>
        <translation>Art. 10, clause 1; Annex 2, step 1; Art. 15, steps 1-2</translation>
    </message>
    <message>
        <source>Art. 11, 1.a</source>
        <translation>Art. 11, 1.a</translation>
    </message>
    <message>
        <source>Art. 15, step 3</source>
        <translation>Art. 15, step 3</translation>
    </message>
    <message>
        <source>Art. 11, 2.a</source>
        <translation>Art. 11, 2.a</translation>
    </message>
    <message>
        <source>Art. 11, 1.c</source>
        <translation>Art. 11, 1.c</translation>
    </message>
    <message>
        <source>Art. 11, 2.b</source>
        <translation>Art. 11, 2.b</translation>
    </message>
    <message>
        <source>Art. 15, step 4</source>
        <translation>Art. 15, step 4</translation>
    </message>
    <message>
        <source>Art. 11, 4.d; Art. 15, step 4</source>
        <translation>Art. 11, 4.d; Art. 15, step 4</translation>
    </message>
    <message>
        <source>Annex 2, step 5</source>
        <translation>Annex 2, step 5</translation>
    </message>
    <message>
        <source>Art. 12, clause 1</source>
        <translation>Art. 12, clause 1</translation>
    </message>
    <message>
        <source>Art. 12, clause 2</source>
        <translation>Art. 12, clause 2</translation>
    </message>
    <message>
        <source>Art. 13, clauses 1 and 2</source>
        <translation>Art. 13, clauses 1 and 2</translation>
    </message>
    <message>
        <source>Art. 16, steps 2 and 4</source>
        <translation>Art. 16, steps 2 and 4</translation>
    </message>
    <message>
        <source>Art. 11, 2.b; Art. 14, 2.a</source>
        <translation>Art. 11, 2.b; Art. 14, 2.a</translation>
    </message>
    <message>
        <source>IOC</source>
        <translation>IOC</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>the reporter</translation>
    </message>
    <message>
        <source>the coordinating agency</source>
        <translation>the coordinating agency</translation>
    </message>
    <message>
        <source>the processing agency</source>
        <translation>the processing agency</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2 must act (%3)</source>
        <translation>%1: %2 must act (%3)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>due now</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>less than a minute left</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>ioc::core::distribution</name>
    <message>
        <source>The GPS point lies inside %1.</source>
        <translation>The GPS point lies inside %1.</translation>
    </message>
    <message>
        <source>The GPS point lies in no area; the nearest is %1, %2 m away. Check the position.</source>
        <translation>The GPS point lies in no area; the nearest is %1, %2 m away. Check the position.</translation>
    </message>
    <message>
        <source>No area has a boundary to compare.</source>
        <translation>No area has a boundary to compare.</translation>
    </message>
    <message>
        <source>No agency is known to be competent for “%1” in %2: start the coordination of Art. 16, or invite the competent unit.</source>
        <translation>No agency is known to be competent for “%1” in %2: start the coordination of Art. 16, or invite the competent unit.</translation>
    </message>
    <message>
        <source>Competent for “%1” in %2.</source>
        <translation>Competent for “%1” in %2.</translation>
    </message>
    <message>
        <source>Competent for “%1” in %2, which includes %3.</source>
        <translation>Competent for “%1” in %2, which includes %3.</translation>
    </message>
</context>
<context>
    <name>ioc::core::duplicates</name>
    <message>
        <source>the same photo</source>
        <translation>the same photo</translation>
    </message>
    <message>
        <source>very similar photos</source>
        <translation>very similar photos</translation>
    </message>
    <message>
        <source>somewhat similar photos</source>
        <translation>somewhat similar photos</translation>
    </message>
    <message>
        <source>different photos</source>
        <translation>different photos</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation>%1 m away</translation>
    </message>
    <message>
        <source>text %1% alike</source>
        <translation>text %1% alike</translation>
    </message>
    <message>
        <source>same sender</source>
        <translation>same sender</translation>
    </message>
</context>
<context>
    <name>ioc::core::evidence</name>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>No photo or video: an urgent hotline report may be accepted without, with the reason recorded.</source>
        <translation>No photo or video: an urgent hotline report may be accepted without, with the reason recorded.</translation>
    </message>
    <message>
        <source>No photo or video (Điều 7.6.2.a).</source>
        <translation>No photo or video (Điều 7.6.2.a).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s).</source>
        <translation>
            <numerusform>%n file.</numerusform>
            <numerusform>%n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the server has not examined the file yet.</source>
        <translation>%1: the server has not examined the file yet.</translation>
    </message>
    <message>
        <source>%1: no capture time in the file (Zalo and Facebook remove it).</source>
        <translation>%1: no capture time in the file (Zalo and Facebook remove it).</translation>
    </message>
    <message>
        <source>%1: taken %2 after the report arrived — the camera's clock?</source>
        <translation>%1: taken %2 after the report arrived — the camera's clock?</translation>
    </message>
    <message>
        <source>%1: taken %2 before the report (Điều 7.6.1.b allows 24 hours).</source>
        <translation>%1: taken %2 before the report (Điều 7.6.1.b allows 24 hours).</translation>
    </message>
    <message>
        <source>%1: taken %2 before the report.</source>
        <translation>%1: taken %2 before the report.</translation>
    </message>
    <message>
        <source>%1: the file was written %2 after the photo was taken.</source>
        <translation>%1: the file was written %2 after the photo was taken.</translation>
    </message>
    <message>
        <source>%1: saved by %2, a picture editor (Điều 7.6.2.b).</source>
        <translation>%1: saved by %2, a picture editor (Điều 7.6.2.b).</translation>
    </message>
    <message>
        <source>%1: the photo's GPS is %2 m from the report's position.</source>
        <translation>%1: the photo's GPS is %2 m from the report's position.</translation>
    </message>
    <message>
        <source>The position is inside the province.</source>
        <translation>The position is inside the province.</translation>
    </message>
    <message>
        <source>The position is outside the province's boundary (Điều 7.6.1.c).</source>
        <translation>The position is outside the province's boundary (Điều 7.6.1.c).</translation>
    </message>
    <message>
        <source>The position comes from GPS.</source>
        <translation>The position comes from GPS.</translation>
    </message>
    <message>
        <source>The position was not measured by GPS (typed or chosen on a map).</source>
        <translation>The position was not measured by GPS (typed or chosen on a map).</translation>
    </message>
    <message>
        <source>The sender's report(s) on the same matter still in processing: %1 (Điều 7.6.2.f).</source>
        <translation>The sender's report(s) on the same matter still in processing: %1 (Điều 7.6.2.f).</translation>
    </message>
    <message>
        <source>Already resolved for this sender: %1 (Điều 7.6.2.h).</source>
        <translation>Already resolved for this sender: %1 (Điều 7.6.2.h).</translation>
    </message>
    <message>
        <source>No other report of this sender on the same matter.</source>
        <translation>No other report of this sender on the same matter.</translation>
    </message>
</context>
<context>
    <name>ioc::core::identity</name>
    <message>
        <source>The phone number contains “%1”.</source>
        <translation>The phone number contains “%1”.</translation>
    </message>
    <message>
        <source>%1 is a service number, not the reporter's own.</source>
        <translation>%1 is a service number, not the reporter's own.</translation>
    </message>
    <message>
        <source>%1 is not a Vietnamese number.</source>
        <translation>%1 is not a Vietnamese number.</translation>
    </message>
    <message>
        <source>Mobile number %1.</source>
        <translation>Mobile number %1.</translation>
    </message>
    <message>
        <source>Landline %1 (%2).</source>
        <translation>Landline %1 (%2).</translation>
    </message>
    <message>
        <source>%1: 0%2 is not an area code.</source>
        <translation>%1: 0%2 is not an area code.</translation>
    </message>
    <message>
        <source>%1: %2 is not a mobile network prefix.</source>
        <translation>%1: %2 is not a mobile network prefix.</translation>
    </message>
    <message>
        <source>%1 has %2 digits; a mobile number has 10 and a landline 11.</source>
        <translation>%1 has %2 digits; a mobile number has 10 and a landline 11.</translation>
    </message>
    <message>
        <source>A citizen ID has 12 digits; “%1” has not.</source>
        <translation>A citizen ID has 12 digits; “%1” has not.</translation>
    </message>
    <message>
        <source>%1 is not the code of a province.</source>
        <translation>%1 is not the code of a province.</translation>
    </message>
    <message>
        <source>The 4th digit %1 means a birth after 2099.</source>
        <translation>The 4th digit %1 means a birth after 2099.</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future.</source>
        <translation>Birth year %1 is in the future.</translation>
    </message>
    <message>
        <source>Born in %1: the reporter would be under 14.</source>
        <translation>Born in %1: the reporter would be under 14.</translation>
    </message>
    <message>
        <source>Registered in %1, born %2, %3.</source>
        <translation>Registered in %1, born %2, %3.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>The organisation's name is missing.</source>
        <translation>The organisation's name is missing.</translation>
    </message>
    <message>
        <source>The reporter's full name is missing.</source>
        <translation>The reporter's full name is missing.</translation>
    </message>
    <message>
        <source>“%1” is a single word; a full name has several.</source>
        <translation>“%1” is a single word; a full name has several.</translation>
    </message>
    <message>
        <source>The contact address is missing.</source>
        <translation>The contact address is missing.</translation>
    </message>
    <message>
        <source>The phone number is missing.</source>
        <translation>The phone number is missing.</translation>
    </message>
    <message>
        <source>The organisation's representative is missing.</source>
        <translation>The organisation's representative is missing.</translation>
    </message>
    <message>
        <source>The citizen ID is missing.</source>
        <translation>The citizen ID is missing.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>“%1” does not look like an e-mail address.</translation>
    </message>
</context>
<context>
    <name>ioc::core::language</name>
    <message>
        <source>a complaint (khiếu nại)</source>
        <translation>a complaint (khiếu nại)</translation>
    </message>
    <message>
        <source>a denunciation (tố cáo)</source>
        <translation>a denunciation (tố cáo)</translation>
    </message>
    <message>
        <source>a request for legal advice</source>
        <translation>a request for legal advice</translation>
    </message>
    <message>
        <source>a petition on policy (kiến nghị)</source>
        <translation>a petition on policy (kiến nghị)</translation>
    </message>
</context>
<context>
    <name>ioc::core::publication</name>
    <message>
        <source>The reply is addressed to the reporter.</source>
        <translation>The reply is addressed to the reporter.</translation>
    </message>
    <message>
        <source>The reply does not start with “Kính gửi: …” (the addressee).</source>
        <translation>The reply does not start with “Kính gửi: …” (the addressee).</translation>
    </message>
    <message>
        <source>The processing agency is named: %1.</source>
        <translation>The processing agency is named: %1.</translation>
    </message>
    <message>
        <source>The processing agency (%1) is not named in the reply.</source>
        <translation>The processing agency (%1) is not named in the reply.</translation>
    </message>
    <message>
        <source>A placeholder of the template is still there: %1</source>
        <translation>A placeholder of the template is still there: %1</translation>
    </message>
    <message>
        <source>The result (or the committed completion date) is stated.</source>
        <translation>The result (or the committed completion date) is stated.</translation>
    </message>
    <message>
        <source>The result itself is missing after “như sau:”.</source>
        <translation>The result itself is missing after “như sau:”.</translation>
    </message>
    <message>
        <source>The thanks and the closing are there.</source>
        <translation>The thanks and the closing are there.</translation>
    </message>
    <message>
        <source>The thanks (“Chân thành cảm ơn phản ánh…”) or the closing (“Trân trọng./.”) is missing.</source>
        <translation>The thanks (“Chân thành cảm ơn phản ánh…”) or the closing (“Trân trọng./.”) is missing.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) prove the result.</source>
        <translation>
            <numerusform>%n photo or file proves the result.</numerusform>
            <numerusform>%n photos or files prove the result.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reporter agreed to publish their identity.</source>
        <translation>The reporter agreed to publish their identity.</translation>
    </message>
    <message>
        <source>No name, phone, citizen ID or e-mail of the reporter in the text.</source>
        <translation>No name, phone, citizen ID or e-mail of the reporter in the text.</translation>
    </message>
    <message>
        <source>The reporter's identity is masked in the public version.</source>
        <translation>The reporter's identity is masked in the public version.</translation>
    </message>
    <message>
        <source>State-secret wording (%1): the reply follows the law on state secrets and is not published (Art. 12.4).</source>
        <translation>State-secret wording (%1): the reply follows the law on state secrets and is not published (Art. 12.4).</translation>
    </message>
    <message>
        <source>Confidential: the result goes to the reporter only (Art. 12.3).</source>
        <translation>Confidential: the result goes to the reporter only (Art. 12.3).</translation>
    </message>
    <message>
        <source>Public: the result and its timeline are published (Art. 17.2).</source>
        <translation>Public: the result and its timeline are published (Art. 17.2).</translation>
    </message>
    <message>
        <source>Non-public report: the result goes to the reporter only.</source>
        <translation>Non-public report: the result goes to the reporter only.</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Processing agency</source>
        <translation>Processing agency</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Thanks and closing</source>
        <translation>Thanks and closing</translation>
    </message>
    <message>
        <source>Result photos</source>
        <translation>Result photos</translation>
    </message>
    <message>
        <source>Reporter's identity</source>
        <translation>Reporter's identity</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>State secret</source>
        <translation>State secret</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Report received</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Supplement sent</source>
        <translation>Supplement sent</translation>
    </message>
    <message>
        <source>Verified as eligible</source>
        <translation>Verified as eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Distributed to the processing agency</source>
        <translation>Distributed to the processing agency</translation>
    </message>
    <message>
        <source>Accepted for processing</source>
        <translation>Accepted for processing</translation>
    </message>
    <message>
        <source>Processing time extended</source>
        <translation>Processing time extended</translation>
    </message>
    <message>
        <source>Result processed</source>
        <translation>Result processed</translation>
    </message>
    <message>
        <source>Result approved</source>
        <translation>Result approved</translation>
    </message>
    <message>
        <source>Result published</source>
        <translation>Result published</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <source>Question from the reporter</source>
        <translation>Question from the reporter</translation>
    </message>
    <message>
        <source>Answer from the agency</source>
        <translation>Answer from the agency</translation>
    </message>
    <message>
        <source>Not handled: content insufficient</source>
        <translation>Not handled: content insufficient</translation>
    </message>
    <message>
        <source>No photo or file proves the result (Art. 12.2).</source>
        <translation>No photo or file proves the result (Art. 12.2).</translation>
    </message>
    <message>
        <source>The server masks the reporter's identity in the public version when it publishes.</source>
        <translation>The server masks the reporter's identity in the public version when it publishes.</translation>
    </message>
    <message>
        <source>Handled under the administrative-sanction procedure</source>
        <translation>Handled under the administrative-sanction procedure</translation>
    </message>
    <message>
        <source>Processing status</source>
        <translation>Processing status</translation>
    </message>
</context>
<context>
    <name>ioc::core::verification</name>
    <message>
        <source>%1 (%2% alike): %3</source>
        <translation>%1 (%2% alike): %3</translation>
    </message>
    <message>
        <source>Reporter's identity</source>
        <translation>Reporter's identity</translation>
    </message>
    <message>
        <source>Art. 5.3</source>
        <translation>Art. 5.3</translation>
    </message>
    <message>
        <source>Photo or video present</source>
        <translation>Photo or video present</translation>
    </message>
    <message>
        <source>Art. 7.6.2.a</source>
        <translation>Art. 7.6.2.a</translation>
    </message>
    <message>
        <source>Taken within 24 hours</source>
        <translation>Taken within 24 hours</translation>
    </message>
    <message>
        <source>Art. 7.6.1.b</source>
        <translation>Art. 7.6.1.b</translation>
    </message>
    <message>
        <source>No signs of editing</source>
        <translation>No signs of editing</translation>
    </message>
    <message>
        <source>Art. 7.6.2.b</source>
        <translation>Art. 7.6.2.b</translation>
    </message>
    <message>
        <source>Position by GPS, inside the province</source>
        <translation>Position by GPS, inside the province</translation>
    </message>
    <message>
        <source>Art. 7.6.1.c</source>
        <translation>Art. 7.6.1.c</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Art. 7.6.2.e</source>
        <translation>Art. 7.6.2.e</translation>
    </message>
    <message>
        <source>The sender's other reports</source>
        <translation>The sender's other reports</translation>
    </message>
    <message>
        <source>Art. 7.6.2.f, h</source>
        <translation>Art. 7.6.2.f, h</translation>
    </message>
    <message>
        <source>Clear, standard language</source>
        <translation>Clear, standard language</translation>
    </message>
    <message>
        <source>Art. 5.1, 5.5</source>
        <translation>Art. 5.1, 5.5</translation>
    </message>
    <message>
        <source>Within the system's scope</source>
        <translation>Within the system's scope</translation>
    </message>
    <message>
        <source>Art. 1.1.c</source>
        <translation>Art. 1.1.c</translation>
    </message>
    <message>
        <source>Requested supplement</source>
        <translation>Requested supplement</translation>
    </message>
    <message>
        <source>Art. 7.6.2.c</source>
        <translation>Art. 7.6.2.c</translation>
    </message>
    <message>
        <source>No picture editor and no later rewrite in the photos' metadata.</source>
        <translation>No picture editor and no later rewrite in the photos' metadata.</translation>
    </message>
    <message>
        <source>No report near in place and time.</source>
        <translation>No report near in place and time.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) nearby, none alike enough.</source>
        <translation>
            <numerusform>%n report nearby, none alike enough.</numerusform>
            <numerusform>%n reports nearby, none alike enough.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sender's other reports could not be looked up.</source>
        <translation>The sender's other reports could not be looked up.</translation>
    </message>
    <message>
        <source>Abbreviations: %1.</source>
        <translation>Abbreviations: %1.</translation>
    </message>
    <message>
        <source>Offensive words: %1 (Art. 5.5).</source>
        <translation>Offensive words: %1 (Art. 5.5).</translation>
    </message>
    <message>
        <source>Spelling: %1.</source>
        <translation>Spelling: %1.</translation>
    </message>
    <message>
        <source>Spelling not checked: no Vietnamese dictionary installed.</source>
        <translation>Spelling not checked: no Vietnamese dictionary installed.</translation>
    </message>
    <message>
        <source>Very short: is it clear, or a test (Art. 7.6.2.g)?</source>
        <translation>Very short: is it clear, or a test (Art. 7.6.2.g)?</translation>
    </message>
    <message>
        <source>No abbreviation, misspelling or offensive word found.</source>
        <translation>No abbreviation, misspelling or offensive word found.</translation>
    </message>
    <message>
        <source>Reads like: %1. Such matters go elsewhere (Art. 1.1.c); if kept, receive it as non-public (Art. 9.2).</source>
        <translation>Reads like: %1. Such matters go elsewhere (Art. 1.1.c); if kept, receive it as non-public (Art. 9.2).</translation>
    </message>
    <message>
        <source>No sign of a complaint, denunciation or request for legal advice.</source>
        <translation>No sign of a complaint, denunciation or request for legal advice.</translation>
    </message>
    <message>
        <source>The 48 hours for the supplement ran out; reject it as “supplement expired”.</source>
        <translation>The 48 hours for the supplement ran out; reject it as “supplement expired”.</translation>
    </message>
    <message>
        <source>Waiting for the citizen: %1</source>
        <translation>Waiting for the citizen: %1</translation>
    </message>
    <message>
        <source>The server has not sent its identity checks for this report yet: synchronise, then look again.</source>
        <translation>The server has not sent its identity checks for this report yet: synchronise, then look again.</translation>
    </message>
</context>
<context>
    <name>ioc::models::QueueModel</name>
    <message numerus="yes">
        <source>%n clock(s) run; the one due first is shown. The others:</source>
        <translation>
            <numerusform>%n clock runs; the one due first is shown. The others:</numerusform>
            <numerusform>%n clocks run; the one due first is shown. The others:</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent report</source>
        <translation>Urgent report</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>being handled by %1</source>
        <translation>being handled by %1</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>ioc::models::SavedView</name>
    <message>
        <source>All reports</source>
        <translation>All reports</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>To distribute</source>
        <translation>To distribute</translation>
    </message>
    <message>
        <source>Due within 1 hour</source>
        <translation>Due within 1 hour</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Returned by agencies</source>
        <translation>Returned by agencies</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>To accept</source>
        <translation>To accept</translation>
    </message>
    <message>
        <source>Led by my agency</source>
        <translation>Led by my agency</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>To approve</translation>
    </message>
    <message>
        <source>Coordinating</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <source>Following as upper level</source>
        <translation>Following as upper level</translation>
    </message>
</context>
<context>
    <name>ioc::session</name>
    <message>
        <source>The report is not in the local copy.</source>
        <translation>The report is not in the local copy.</translation>
    </message>
</context>
<context>
    <name>ioc::session::ConsoleSession</name>
    <message>
        <source>The profile's key pins are damaged (%1): %2</source>
        <translation>The profile's key pins are damaged (%1): %2</translation>
    </message>
    <message>
        <source>Cannot keep the key pins in the profile: %1</source>
        <translation>Cannot keep the key pins in the profile: %1</translation>
    </message>
    <message>
        <source>"%1" is not a key pin: a pin is the base64 of the SHA-256 of the server key (44 characters ending in =).</source>
        <translation>"%1" is not a key pin: a pin is the base64 of the SHA-256 of the server key (44 characters ending in =).</translation>
    </message>
    <message>
        <source>Cannot copy the certificate %1 into the profile.</source>
        <translation>Cannot copy the certificate %1 into the profile.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>No session is open.</translation>
    </message>
    <message>
        <source>Revealing an identity needs the server, and it cannot be reached now. Try again once connected.</source>
        <translation>Revealing an identity needs the server, and it cannot be reached now. Try again once connected.</translation>
    </message>
    <message>
        <source>The server did not send the identity.</source>
        <translation>The server did not send the identity.</translation>
    </message>
    <message>
        <source>The identity could not be kept on this workstation: %1</source>
        <translation>The identity could not be kept on this workstation: %1</translation>
    </message>
</context>
<context>
    <name>ioc::session::SyncWorker</name>
    <message>
        <source>The local replica could not be opened.</source>
        <translation>The local replica could not be opened.</translation>
    </message>
    <message>
        <source>Not connected to a replica.</source>
        <translation>Not connected to a replica.</translation>
    </message>
    <message>
        <source>The media cache is not available.</source>
        <translation>The media cache is not available.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>The file %1 could not be kept: %2</source>
        <translation>The file %1 could not be kept: %2</translation>
    </message>
</context>
<context>
    <name>ioc::sync::ActionQueue</name>
    <message>
        <source>Unknown action "%1"</source>
        <translation>Unknown action "%1"</translation>
    </message>
    <message>
        <source>The report %1 is not in this workstation's replica</source>
        <translation>The report %1 is not in this workstation's replica</translation>
    </message>
    <message>
        <source>Only an action in conflict can be confirmed again</source>
        <translation>Only an action in conflict can be confirmed again</translation>
    </message>
    <message>
        <source>Only an action in conflict or refused can be dropped</source>
        <translation>Only an action in conflict or refused can be dropped</translation>
    </message>
</context>
<context>
    <name>ioc::sync::AuthSession</name>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>The server cannot be reached (%1).</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1). If the center uses its own CA, choose its certificate.</source>
        <translation>The server's certificate is not trusted (%1). If the center uses its own CA, choose its certificate.</translation>
    </message>
    <message>
        <source>The server's key does not match the pinned key: this may not be the center's server. Check the pins with the administrator.</source>
        <translation>The server's key does not match the pinned key: this may not be the center's server. Check the pins with the administrator.</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>Please sign in again</translation>
    </message>
</context>
<context>
    <name>ioc::sync::MediaFetcher</name>
    <message>
        <source>The server sent an empty part</source>
        <translation>The server sent an empty part</translation>
    </message>
    <message>
        <source>The file received does not match its SHA-256: %1</source>
        <translation>The file received does not match its SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>ioc::sync::SyncEngine</name>
    <message>
        <source>The session has ended: sign in again. Queued actions are kept.</source>
        <translation>The session has ended: sign in again. Queued actions are kept.</translation>
    </message>
    <message>
        <source>The server's history changed (restored or too old a cursor): synchronising again.</source>
        <translation>The server's history changed (restored or too old a cursor): synchronising again.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server was restored from a backup: synchronising again.</source>
        <translation>The server was restored from a backup: synchronising again.</translation>
    </message>
    <message>
        <source>The server sent data that cannot be used: %1</source>
        <translation>The server sent data that cannot be used: %1</translation>
    </message>
    <message>
        <source>The photo %1 is missing from this workstation</source>
        <translation>The photo %1 is missing from this workstation</translation>
    </message>
    <message>
        <source>This action waited offline too long to keep the time it was taken (%1): look at the report and confirm it again, dated now.</source>
        <translation>This action waited offline too long to keep the time it was taken (%1): look at the report and confirm it again, dated now.</translation>
    </message>
    <message>
        <source>The report changed meanwhile (now version %1): look at it and confirm again.</source>
        <translation>The report changed meanwhile (now version %1): look at it and confirm again.</translation>
    </message>
    <message>
        <source>Kept failing (%1 attempts): %2</source>
        <translation>Kept failing (%1 attempts): %2</translation>
    </message>
    <message>
        <source>The server's answer could not be saved on this workstation (%1); trying again.</source>
        <translation>The server's answer could not be saved on this workstation (%1); trying again.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::AboutDialog</name>
    <message>
        <source>Version %1 (build %2)</source>
        <translation>Version %1 (build %2)</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ActionDialog</name>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The reporter's identity is personal data. Your reason is recorded in the audit log with your name.</source>
        <translation>The reporter's identity is personal data. Your reason is recorded in the audit log with your name.</translation>
    </message>
    <message>
        <source>In person at the IOC</source>
        <translation>In person at the IOC</translation>
    </message>
    <message>
        <source>Only before processing starts (Art. 7.7). A report that is not eligible anyway is rejected with the reason “The sender asked to cancel it”.</source>
        <translation>Only before processing starts (Art. 7.7). A report that is not eligible anyway is rejected with the reason “The sender asked to cancel it”.</translation>
    </message>
    <message>
        <source>The citizen asked by</source>
        <translation>The citizen asked by</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Name or number called</source>
        <translation>Name or number called</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>The call</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>No report already handled (published) lies near this one: there is nothing it could repeat.</source>
        <translation>No report already handled (published) lies near this one: there is nothing it could repeat.</translation>
    </message>
    <message>
        <source>Repeats the handled report</source>
        <translation>Repeats the handled report</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DecisionDialogs</name>
    <message>
        <source>Reject as not eligible — %1</source>
        <translation>Reject as not eligible — %1</translation>
    </message>
    <message>
        <source>&amp;Reasons (Art. 7.6):</source>
        <translation>&amp;Reasons (Art. 7.6):</translation>
    </message>
    <message>
        <source>&amp;Duplicate of:</source>
        <translation>&amp;Duplicate of:</translation>
    </message>
    <message>
        <source>Reply to the &amp;citizen (edit before sending):</source>
        <translation>Reply to the &amp;citizen (edit before sending):</translation>
    </message>
    <message>
        <source>Reject and send the reply</source>
        <translation>Reject and send the reply</translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation>Tick at least one reason.</translation>
    </message>
    <message>
        <source>No report nearby to name as the primary: untick “duplicate”.</source>
        <translation>No report nearby to name as the primary: untick “duplicate”.</translation>
    </message>
    <message>
        <source>The citizen must be told why (Art. 8.2): write the reply.</source>
        <translation>The citizen must be told why (Art. 8.2): write the reply.</translation>
    </message>
    <message>
        <source>Request a supplement — %1</source>
        <translation>Request a supplement — %1</translation>
    </message>
    <message>
        <source>Message to the citizen. The report waits 48 hours for the answer (Art. 7.6.2.c); after that it is flagged for rejection.</source>
        <translation>Message to the citizen. The report waits 48 hours for the answer (Art. 7.6.2.c); after that it is flagged for rejection.</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Send the request</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DistributionDialog</name>
    <message>
        <source>Coordinating agencies</source>
        <translation>Coordinating agencies</translation>
    </message>
    <message>
        <source>Distribute — %1</source>
        <translation>Distribute — %1</translation>
    </message>
    <message>
        <source>— no competent agency known —</source>
        <translation>— no competent agency known —</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Lead agency:</source>
        <translation>&amp;Lead agency:</translation>
    </message>
    <message>
        <source>Informed (upper level, Art. 10.3):</source>
        <translation>Informed (upper level, Art. 10.3):</translation>
    </message>
    <message>
        <source>To call (Art. 21.1):</source>
        <translation>To call (Art. 21.1):</translation>
    </message>
    <message>
        <source>C&amp;oordinating agencies:</source>
        <translation>C&amp;oordinating agencies:</translation>
    </message>
    <message>
        <source>&amp;Note to the agency:</source>
        <translation>&amp;Note to the agency:</translation>
    </message>
    <message>
        <source>Clocks it starts:</source>
        <translation>Clocks it starts:</translation>
    </message>
    <message>
        <source>Coordinator (Art. 16):</source>
        <translation>Coordinator (Art. 16):</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Start coordination (Art. 16)</source>
        <translation>Start coordination (Art. 16)</translation>
    </message>
    <message>
        <source>Also competent: %1.</source>
        <translation>Also competent: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Leader: %1 — %2
Contact: %3 — %4 %5</source>
        <translation>Leader: %1 — %2
Contact: %3 — %4 %5</translation>
    </message>
    <message>
        <source>Coordination: the coordinator names the competent agency within its clock.</source>
        <translation>Coordination: the coordinator names the competent agency within its clock.</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: due %2</translation>
    </message>
    <message>
        <source>Invite a new unit (Art. 10.4)…</source>
        <translation>Invite a new unit (Art. 10.4)…</translation>
    </message>
    <message>
        <source>Invite a new unit — %1</source>
        <translation>Invite a new unit — %1</translation>
    </message>
    <message>
        <source>e.g. 123/TTGSĐH-VP of 28/11/2026</source>
        <translation>e.g. 123/TTGSĐH-VP of 28/11/2026</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Official &amp;letter:</source>
        <translation>Official &amp;letter:</translation>
    </message>
    <message>
        <source>Invitation to join the field-report system sent to %1 (Art. 10.4); the report is distributed to it once it has joined.</source>
        <translation>Invitation to join the field-report system sent to %1 (Art. 10.4); the report is distributed to it once it has joined.</translation>
    </message>
    <message>
        <source>Official letter: %1.</source>
        <translation>Official letter: %1.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::HandoverDialog</name>
    <message>
        <source>Handover note</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>The previous shift left these notes. Read them before you start.</source>
        <translation>The previous shift left these notes. Read them before you start.</translation>
    </message>
    <message>
        <source>I have read them — take over the shift</source>
        <translation>I have read them — take over the shift</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Write the shift handover note</source>
        <translation>Write the shift handover note</translation>
    </message>
    <message>
        <source>Open matters, promises made by phone, reports to watch. The next officer sees this note when signing in.</source>
        <translation>Open matters, promises made by phone, reports to watch. The next officer sees this note when signing in.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::IntakeDialog</name>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Give the position: click the place on the map, choose a known area, or type its coordinates.</source>
        <translation>Give the position: click the place on the map, choose a known area, or type its coordinates.</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>New report for a citizen</source>
        <translation>New report for a citizen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The agency may see the identity (Art. 5.6)</source>
        <translation>The agency may see the identity (Art. 5.6)</translation>
    </message>
    <message>
        <source>The identity may be published</source>
        <translation>The identity may be published</translation>
    </message>
    <message>
        <source>Result to the reporter only (Art. 12.3)</source>
        <translation>Result to the reporter only (Art. 12.3)</translation>
    </message>
    <message>
        <source>Reporter (Art. 5.3)</source>
        <translation>Reporter (Art. 5.3)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Citizen &amp;ID:</source>
        <translation>Citizen &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Representative:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>— a known area —</source>
        <translation>— a known area —</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Urgent (Art. 15)</source>
        <translation>&amp;Urgent (Art. 15)</translation>
    </message>
    <message>
        <source>P&amp;ublic (untick for sensitive matters, Art. 9.2)</source>
        <translation>P&amp;ublic (untick for sensitive matters, Art. 9.2)</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>The report</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>C&amp;ontent:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <source>Known a&amp;rea:</source>
        <translation>Known a&amp;rea:</translation>
    </message>
    <message>
        <source>Latitude, longitude:</source>
        <translation>Latitude, longitude:</translation>
    </message>
    <message>
        <source>Place (address):</source>
        <translation>Place (address):</translation>
    </message>
    <message>
        <source>Position from:</source>
        <translation>Position from:</translation>
    </message>
    <message>
        <source>Taken or seen at:</source>
        <translation>Taken or seen at:</translation>
    </message>
    <message>
        <source>Photos, videos:</source>
        <translation>Photos, videos:</translation>
    </message>
    <message>
        <source>Queue the report</source>
        <translation>Queue the report</translation>
    </message>
    <message>
        <source>Photos and videos of the report</source>
        <translation>Photos and videos of the report</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.heic *.mp4 *.mov *.3gp);;All files (*)</source>
        <translation>Photos and videos (*.jpg *.jpeg *.png *.webp *.heic *.mp4 *.mov *.3gp);;All files (*)</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>The title is missing.</translation>
    </message>
    <message>
        <source>The content is missing.</source>
        <translation>The content is missing.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>Add a photo or video (Art. 7.6.2.a); only an urgent hotline report may go without.</source>
        <translation>Add a photo or video (Art. 7.6.2.a); only an urgent hotline report may go without.</translation>
    </message>
    <message>
        <source>Click the map to place the report.</source>
        <translation>Click the map to place the report.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::LoginDialog</name>
    <message>
        <source>Key pins (optional)</source>
        <translation>Key pins (optional)</translation>
    </message>
    <message>
        <source>CA certificate (optional)</source>
        <translation>CA certificate (optional)</translation>
    </message>
    <message>
        <source>SHA-256 of the server key, base64; several separated by spaces</source>
        <translation>SHA-256 of the server key, base64; several separated by spaces</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>CA certificate of the server</source>
        <translation>CA certificate of the server</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Only if the center's server uses its own CA</source>
        <translation>Only if the center's server uses its own CA</translation>
    </message>
    <message>
        <source>Sign in to the IOC server</source>
        <translation>Sign in to the IOC server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password.</source>
        <translation>Enter the server, your user name and your password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>6 digits, or a recovery code; only if your account uses one</source>
        <translation>6 digits, or a recovery code; only if your account uses one</translation>
    </message>
    <message>
        <source>One-time code (TOTP)</source>
        <translation>One-time code (TOTP)</translation>
    </message>
</context>
<context>
    <name>ioc::ui::MainWindow</name>
    <message>
        <source>Open the newest &amp;urgent report</source>
        <translation>Open the newest &amp;urgent report</translation>
    </message>
    <message>
        <source>Not possible on this report now.</source>
        <translation>Not possible on this report now.</translation>
    </message>
    <message>
        <source>Select a report first.</source>
        <translation>Select a report first.</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>&amp;Messages that need a person (call backs, not sent)</source>
        <translation>&amp;Messages that need a person (call backs, not sent)</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Pending %1 · Conflicts %2 · Failed %3</source>
        <translation>Pending %1 · Conflicts %2 · Failed %3</translation>
    </message>
    <message>
        <source>Server time %1</source>
        <translation>Server time %1</translation>
    </message>
    <message>
        <source>IOC field reports</source>
        <translation>IOC field reports</translation>
    </message>
    <message numerus="yes">
        <source>(%n urgent) </source>
        <translation>
            <numerusform>(%n urgent) </numerusform>
            <numerusform>(%n urgent) </numerusform>
        </translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>&amp;Search the queue</translation>
    </message>
    <message>
        <source>&amp;Next report to verify</source>
        <translation>&amp;Next report to verify</translation>
    </message>
    <message>
        <source>&amp;Open the selected report</source>
        <translation>&amp;Open the selected report</translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation>Synchronise &amp;now</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Mute alert sounds for this shift</source>
        <translation>&amp;Mute alert sounds for this shift</translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation>&amp;Dark palette</translation>
    </message>
    <message>
        <source>Write the shift &amp;handover note…</source>
        <translation>Write the shift &amp;handover note…</translation>
    </message>
    <message>
        <source>Map: &amp;density layer</source>
        <translation>Map: &amp;density layer</translation>
    </message>
    <message>
        <source>Queue: only what is in the map's &amp;view</source>
        <translation>Queue: only what is in the map's &amp;view</translation>
    </message>
    <message>
        <source>Map: the whole &amp;province</source>
        <translation>Map: the whole &amp;province</translation>
    </message>
    <message>
        <source>&amp;Verify the selected report…</source>
        <translation>&amp;Verify the selected report…</translation>
    </message>
    <message>
        <source>New report for a &amp;citizen…</source>
        <translation>New report for a &amp;citizen…</translation>
    </message>
    <message>
        <source>&amp;Distribute the selected report…</source>
        <translation>&amp;Distribute the selected report…</translation>
    </message>
    <message>
        <source>Distribute an urgent report at &amp;once as proposed</source>
        <translation>Distribute an urgent report at &amp;once as proposed</translation>
    </message>
    <message>
        <source>&amp;Process the selected report…</source>
        <translation>&amp;Process the selected report…</translation>
    </message>
    <message>
        <source>Check and &amp;publish the result…</source>
        <translation>Check and &amp;publish the result…</translation>
    </message>
    <message>
        <source>Sanctions on the sender's &amp;account…</source>
        <translation>Sanctions on the sender's &amp;account…</translation>
    </message>
    <message>
        <source>&amp;One-time codes for an account…</source>
        <translation>&amp;One-time codes for an account…</translation>
    </message>
    <message>
        <source>Supervision &amp;dashboard</source>
        <translation>Supervision &amp;dashboard</translation>
    </message>
    <message>
        <source>Periodic &amp;report…</source>
        <translation>Periodic &amp;report…</translation>
    </message>
    <message>
        <source>Reminder &amp;letter to the report's agency…</source>
        <translation>Reminder &amp;letter to the report's agency…</translation>
    </message>
</context>
<context>
    <name>ioc::ui::MapView</name>
    <message>
        <source>Map of the reports</source>
        <translation>Map of the reports</translation>
    </message>
    <message>
        <source>Arrow keys pan, plus and minus zoom, Ctrl+Home shows the whole province; the menu key offers filtering the list to what is here.</source>
        <translation>Arrow keys pan, plus and minus zoom, Ctrl+Home shows the whole province; the menu key offers filtering the list to what is here.</translation>
    </message>
    <message>
        <source>Some are overdue.</source>
        <translation>Some are overdue.</translation>
    </message>
    <message>
        <source>Some are due within the hour.</source>
        <translation>Some are due within the hour.</translation>
    </message>
    <message>
        <source>Show only the reports of “%1” in the list</source>
        <translation>Show only the reports of “%1” in the list</translation>
    </message>
    <message>
        <source>Show only what is in view in the list</source>
        <translation>Show only what is in view in the list</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) here — click to zoom in; right click to filter the list to them</source>
        <translation>
            <numerusform>%n report here — click to zoom in; right click to filter the list to them</numerusform>
            <numerusform>%n reports here — click to zoom in; right click to filter the list to them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only the %n report(s) of this cluster in the list</source>
        <translation>
            <numerusform>Show only the %n report of this cluster in the list</numerusform>
            <numerusform>Show only the %n reports of this cluster in the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ui::ProcessingDialog</name>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>A result without a photo</source>
        <translation>A result without a photo</translation>
    </message>
    <message>
        <source>Send the result without a photo of the result?</source>
        <translation>Send the result without a photo of the result?</translation>
    </message>
    <message>
        <source>The citizen who reported it sees the result with its photos: a photo of the place after the work is what shows them it was done, and the publication shows it to everyone (Art. 12.2). Without one, the IOC may ask for it before publishing.</source>
        <translation>The citizen who reported it sees the result with its photos: a photo of the place after the work is what shows them it was done, and the publication shows it to everyone (Art. 12.2). Without one, the IOC may ask for it before publishing.</translation>
    </message>
    <message>
        <source>Send without a photo</source>
        <translation>Send without a photo</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <source>Processing — %1</source>
        <translation>Processing — %1</translation>
    </message>
    <message>
        <source>Nothing to do on this report for your role now.</source>
        <translation>Nothing to do on this report for your role now.</translation>
    </message>
    <message>
        <source>Carry out</source>
        <translation>Carry out</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>Not queued</translation>
    </message>
    <message>
        <source>Your agency leads the processing.</source>
        <translation>Your agency leads the processing.</translation>
    </message>
    <message>
        <source>Your agency coordinates (Art. 16): name the competent agency, then agree on the result.</source>
        <translation>Your agency coordinates (Art. 16): name the competent agency, then agree on the result.</translation>
    </message>
    <message>
        <source>Your agency coordinates with %1.</source>
        <translation>Your agency coordinates with %1.</translation>
    </message>
    <message>
        <source>Upper-level agency: informed of the processing by %1 (Art. 10.3).</source>
        <translation>Upper-level agency: informed of the processing by %1 (Art. 10.3).</translation>
    </message>
    <message>
        <source>overdue since</source>
        <translation>overdue since</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>%1: until %2</source>
        <translation>%1: until %2</translation>
    </message>
</context>
<context>
    <name>ioc::ui::PublicationDialog</name>
    <message>
        <source>Checks before publishing</source>
        <translation>Checks before publishing</translation>
    </message>
    <message>
        <source>The reply and the result</source>
        <translation>The reply and the result</translation>
    </message>
    <message>
        <source>Reply to the reporter</source>
        <translation>Reply to the reporter</translation>
    </message>
    <message>
        <source>Publication — %1</source>
        <translation>Publication — %1</translation>
    </message>
    <message>
        <source>Approved result of %1.</source>
        <translation>Approved result of %1.</translation>
    </message>
    <message>
        <source>Publish by %1 (Appendix 2, step 5).</source>
        <translation>Publish by %1 (Appendix 2, step 5).</translation>
    </message>
    <message>
        <source>&amp;Reply to the reporter</source>
        <translation>&amp;Reply to the reporter</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>&amp;Public version</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Public &amp;timeline</source>
        <translation>Public &amp;timeline</translation>
    </message>
    <message>
        <source>Result p&amp;hotos (%1)</source>
        <translation>Result p&amp;hotos (%1)</translation>
    </message>
    <message>
        <source>Confidential: send the result to the reporter only (Art. 12.3)</source>
        <translation>Confidential: send the result to the reporter only (Art. 12.3)</translation>
    </message>
    <message>
        <source>&amp;Note to the agency / reason:</source>
        <translation>&amp;Note to the agency / reason:</translation>
    </message>
    <message>
        <source>Ask for a template fix (30 min)</source>
        <translation>Ask for a template fix (30 min)</translation>
    </message>
    <message>
        <source>Return the result (60 min)</source>
        <translation>Return the result (60 min)</translation>
    </message>
    <message>
        <source>Ask the coordinator to agree</source>
        <translation>Ask the coordinator to agree</translation>
    </message>
    <message>
        <source>Step back to processing</source>
        <translation>Step back to processing</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The coordinating agency must agree first (Art. 16).</source>
        <translation>The coordinating agency must agree first (Art. 16).</translation>
    </message>
    <message>
        <source>The gate has failing items.</source>
        <translation>The gate has failing items.</translation>
    </message>
    <message>
        <source>Not public: the result and its timeline go to the reporter only.</source>
        <translation>Not public: the result and its timeline go to the reporter only.</translation>
    </message>
    <message>
        <source>Public: anyone can read this timeline and the public version.</source>
        <translation>Public: anyone can read this timeline and the public version.</translation>
    </message>
    <message>
        <source>(on publication)</source>
        <translation>(on publication)</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>Not queued</translation>
    </message>
    <message>
        <source>Publication overdue since %1 (Appendix 2, step 5).</source>
        <translation>Publication overdue since %1 (Appendix 2, step 5).</translation>
    </message>
</context>
<context>
    <name>ioc::ui::QueuePanel</name>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>the search “%1”</translation>
    </message>
    <message>
        <source>the filter “%1”</source>
        <translation>the filter “%1”</translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation>the view “%1”</translation>
    </message>
    <message>
        <source>To show %1, the list left %2.</source>
        <translation>To show %1, the list left %2.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Changes waiting</translation>
    </message>
    <message>
        <source>The rows stay where they are while you point at them or move through them; they are put in order a second after you stop. Click to do it now.</source>
        <translation>The rows stay where they are while you point at them or move through them; they are put in order a second after you stop. Click to do it now.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Show the whole queue again</source>
        <translation>Show the whole queue again</translation>
    </message>
    <message>
        <source>A telephone number: press Enter to look up the reports sent from it on the server (the look-up is recorded with your reason).</source>
        <translation>A telephone number: press Enter to look up the reports sent from it on the server (the look-up is recorded with your reason).</translation>
    </message>
    <message>
        <source>Not in “%1”: found among all reports. Esc returns to the view.</source>
        <translation>Not in “%1”: found among all reports. Esc returns to the view.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Saved view</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): title, content, address — with or without diacritics</source>
        <translation>Search (Ctrl+F): title, content, address — with or without diacritics</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ReportDetail</name>
    <message>
        <source>The report in full</source>
        <translation>The report in full</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>no file name</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copied: %1</translation>
    </message>
    <message>
        <source>Copy the agency&apos;s contact</source>
        <translation>Copy the agency&apos;s contact</translation>
    </message>
    <message>
        <source>Agency contact</source>
        <translation>Agency contact</translation>
    </message>
    <message>
        <source>Another event</source>
        <translation>Another event</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not answered</source>
        <translation>
            <numerusform>%n call not answered</numerusform>
            <numerusform>%n calls not answered</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Messages sent</translation>
    </message>
    <message>
        <source>None: nobody outside the console has been told about this report.</source>
        <translation>None: nobody outside the console has been told about this report.</translation>
    </message>
    <message>
        <source>processing agency</source>
        <translation>processing agency</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>reporter</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <source>Notice in the app</source>
        <translation>Notice in the app</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Other channel</translation>
    </message>
    <message>
        <source>called back %1</source>
        <translation>called back %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>sent %1</translation>
    </message>
    <message>
        <source>an officer is to call back</source>
        <translation>an officer is to call back</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>this channel is not set up on the server</source>
        <translation>this channel is not set up on the server</translation>
    </message>
    <message>
        <source>the gateway did not answer</source>
        <translation>the gateway did not answer</translation>
    </message>
    <message>
        <source>the gateway kept asking to wait</source>
        <translation>the gateway kept asking to wait</translation>
    </message>
    <message>
        <source>the gateway&apos;s answer could not be read</source>
        <translation>the gateway&apos;s answer could not be read</translation>
    </message>
    <message>
        <source>the citizen does not follow the province&apos;s Zalo Official Account</source>
        <translation>the citizen does not follow the province&apos;s Zalo Official Account</translation>
    </message>
    <message>
        <source>Zalo no longer accepts the server&apos;s authorisation: the Official Account&apos;s administrator must authorise it again</source>
        <translation>Zalo no longer accepts the server&apos;s authorisation: the Official Account&apos;s administrator must authorise it again</translation>
    </message>
    <message>
        <source>Zalo refused it (error %1)</source>
        <translation>Zalo refused it (error %1)</translation>
    </message>
    <message>
        <source>the gateway refused it (HTTP %1)</source>
        <translation>the gateway refused it (HTTP %1)</translation>
    </message>
    <message>
        <source>an error on the server</source>
        <translation>an error on the server</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far</source>
        <translation>
            <numerusform>%n attempt so far</numerusform>
            <numerusform>%n attempts so far</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No report selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No report selected.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>being handled by %1</source>
        <translation>being handled by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Reveal identity…</source>
        <translation>Reveal identity…</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Needs your attention</translation>
    </message>
    <message>
        <source>Meanwhile the report became: %1 (version %2)</source>
        <translation>Meanwhile the report became: %1 (version %2)</translation>
    </message>
    <message>
        <source>Do it again on the report as it is now</source>
        <translation>Do it again on the report as it is now</translation>
    </message>
    <message>
        <source>Drop it</source>
        <translation>Drop it</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Edited by the IOC; removed words struck through, added words highlighted.</source>
        <translation>Edited by the IOC; removed words struck through, added words highlighted.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no — sensitive matter (Điều 9.2)</source>
        <translation>no — sensitive matter (Điều 9.2)</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>The identity is not available to this console.</source>
        <translation>The identity is not available to this console.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>No photos or videos.</source>
        <translation>No photos or videos.</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>taken %1</translation>
    </message>
    <message>
        <source>no capture time in the file</source>
        <translation>no capture time in the file</translation>
    </message>
    <message>
        <source>software: %1</source>
        <translation>software: %1</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Clocks</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>done on time</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>done late</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>(cannot be shown)</source>
        <translation>(cannot be shown)</translation>
    </message>
    <message>
        <source>Opens with the system's video player</source>
        <translation>Opens with the system's video player</translation>
    </message>
    <message>
        <source>Double-click to enlarge</source>
        <translation>Double-click to enlarge</translation>
    </message>
    <message>
        <source>Masked. Revealing it asks for a reason, needs the server and is recorded in the audit log.</source>
        <translation>Masked. Revealing it asks for a reason, needs the server and is recorded in the audit log.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ResultEditor</name>
    <message>
        <source>&amp;Reply to the citizen (template of Appendix 1):</source>
        <translation>&amp;Reply to the citizen (template of Appendix 1):</translation>
    </message>
    <message>
        <source>Result &amp;photos and files (required before publication, Art. 12.2):</source>
        <translation>Result &amp;photos and files (required before publication, Art. 12.2):</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Result photos and files</source>
        <translation>Result photos and files</translation>
    </message>
    <message>
        <source>Photos, videos and PDF files (*.jpg *.jpeg *.png *.webp *.heic *.mp4 *.mov *.3gp *.pdf);;All files (*)</source>
        <translation>Photos, videos and PDF files (*.jpg *.jpeg *.png *.webp *.heic *.mp4 *.mov *.3gp *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>On the server: %1…</source>
        <translation>On the server: %1…</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
</context>
<context>
    <name>ioc::ui::SanctionsDialog</name>
    <message>
        <source>Sender's account — %1</source>
        <translation>Sender's account — %1</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>Required: recorded in the audit trail</source>
        <translation>Required: recorded in the audit trail</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>Lock the account</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>Unlock the account</translation>
    </message>
    <message>
        <source>Lock interactions for a month</source>
        <translation>Lock interactions for a month</translation>
    </message>
    <message>
        <source>Unlock interactions</source>
        <translation>Unlock interactions</translation>
    </message>
    <message>
        <source>Record a violating interaction</source>
        <translation>Record a violating interaction</translation>
    </message>
    <message>
        <source>Submissions rejected as violating: %1 (locked after more than 2, Art. 14.1.a).</source>
        <translation>Submissions rejected as violating: %1 (locked after more than 2, Art. 14.1.a).</translation>
    </message>
    <message>
        <source>Flagged: the account may be locked.</source>
        <translation>Flagged: the account may be locked.</translation>
    </message>
    <message>
        <source>The account is locked: it cannot send reports.</source>
        <translation>The account is locked: it cannot send reports.</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>The account is not locked.</translation>
    </message>
    <message>
        <source>Violating interactions in the last month: %1 (locked for a month after more than 2, Art. 14.1.b).</source>
        <translation>Violating interactions in the last month: %1 (locked for a month after more than 2, Art. 14.1.b).</translation>
    </message>
    <message>
        <source>Flagged: interactions may be locked.</source>
        <translation>Flagged: interactions may be locked.</translation>
    </message>
    <message>
        <source>Interactions locked until %1.</source>
        <translation>Interactions locked until %1.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::VerificationDialog</name>
    <message>
        <source>Findings of the chosen condition</source>
        <translation>Findings of the chosen condition</translation>
    </message>
    <message>
        <source>Changes to the text</source>
        <translation>Changes to the text</translation>
    </message>
    <message>
        <source>The report and its possible duplicates</source>
        <translation>The report and its possible duplicates</translation>
    </message>
    <message>
        <source>Verification checklist</source>
        <translation>Verification checklist</translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation>Photos and videos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 — %2% alike · %3
%4</source>
        <translation>%1 — %2% alike · %3
%4</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Possible duplicates (%1)</translation>
    </message>
    <message>
        <source>The report it may repeat</source>
        <translation>The report it may repeat</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation>needs a look</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>fails</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>&amp;Spell out abbreviations</source>
        <translation>&amp;Spell out abbreviations</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>C&amp;ontent (corrections keep the original; Art. 9.1):</source>
        <translation>C&amp;ontent (corrections keep the original; Art. 9.1):</translation>
    </message>
    <message>
        <source>Photos and videos (double-click to open):</source>
        <translation>Photos and videos (double-click to open):</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>This report</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Non-&amp;public (Art. 9.2)</source>
        <translation>Non-&amp;public (Art. 9.2)</translation>
    </message>
    <message>
        <source>&amp;Urgent (Art. 15)</source>
        <translation>&amp;Urgent (Art. 15)</translation>
    </message>
    <message>
        <source>Then open the ne&amp;xt report to verify</source>
        <translation>Then open the ne&amp;xt report to verify</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Request a supplement…</source>
        <translation>Request a supplement…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Verify the identity (4 working hours)</source>
        <translation>Verify the identity (4 working hours)</translation>
    </message>
    <message>
        <source>Skip to the next</source>
        <translation>Skip to the next</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sensitive matter (Art. 9.2)</source>
        <translation>Sensitive matter (Art. 9.2)</translation>
    </message>
    <message>
        <source>Needs immediate handling (Art. 15)</source>
        <translation>Needs immediate handling (Art. 15)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Verification — %1</source>
        <translation>Verification — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · received %4 · overall: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · received %4 · overall: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No report near in place and time.</source>
        <translation>No report near in place and time.</translation>
    </message>
    <message>
        <source>Checked in %1 ms. Decide with the buttons or their shortcuts.</source>
        <translation>Checked in %1 ms. Decide with the buttons or their shortcuts.</translation>
    </message>
    <message>
        <source>This report is “%1”: only some decisions apply.</source>
        <translation>This report is “%1”: only some decisions apply.</translation>
    </message>
    <message>
        <source>%1 (%2, received %3)
%4
%5</source>
        <translation>%1 (%2, received %3)
%4
%5</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>No correction.</source>
        <translation>No correction.</translation>
    </message>
    <message>
        <source>Give a reason for changing public or urgent.</source>
        <translation>Give a reason for changing public or urgent.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <source>Identity to be confirmed by phone.</source>
        <translation>Identity to be confirmed by phone.</translation>
    </message>
    <message>
        <source>To confirm: %1</source>
        <translation>To confirm: %1</translation>
    </message>
    <message>
        <source>Reason (changing public or urgent, accepting without a photo)</source>
        <translation>Reason (changing public or urgent, accepting without a photo)</translation>
    </message>
    <message>
        <source>Accepting without a photo or video needs a reason (Art. 7.6.2.a): write it in the reason field.</source>
        <translation>Accepting without a photo or video needs a reason (Art. 7.6.2.a): write it in the reason field.</translation>
    </message>
    <message>
        <source>Accepted without a photo or video: %1</source>
        <translation>Accepted without a photo or video: %1</translation>
    </message>
</context>
<context>
    <name>ioc::ui::processing</name>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>(no result yet)</source>
        <translation>(no result yet)</translation>
    </message>
    <message>
        <source>Accept the report for processing (within 30 minutes of distribution, Art. 11.1.a). Processing time then runs: 6 working days.</source>
        <translation>Accept the report for processing (within 30 minutes of distribution, Art. 11.1.a). Processing time then runs: 6 working days.</translation>
    </message>
    <message>
        <source>Urgent (Art. 15): record that forces were sent to the scene, within 30 minutes.</source>
        <translation>Urgent (Art. 15): record that forces were sent to the scene, within 30 minutes.</translation>
    </message>
    <message>
        <source>Urgent (Art. 15): the situation is handled; the result must be updated and approved within 1 hour.</source>
        <translation>Urgent (Art. 15): the situation is handled; the result must be updated and approved within 1 hour.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>What the processing officer must redo</source>
        <translation>What the processing officer must redo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>The 60 minutes for a return have passed: the late return is recorded.</source>
        <translation>The 60 minutes for a return have passed: the late return is recorded.</translation>
    </message>
    <message>
        <source>Why not competent</source>
        <translation>Why not competent</translation>
    </message>
    <message>
        <source>— another unit (name it below) —</source>
        <translation>— another unit (name it below) —</translation>
    </message>
    <message>
        <source>Competent agency</source>
        <translation>Competent agency</translation>
    </message>
    <message>
        <source>Or the unit's name</source>
        <translation>Or the unit's name</translation>
    </message>
    <message>
        <source>The citizen is told the report will not be handled, why, and how to send it again (Art. 11.1.c, within 1 working day).</source>
        <translation>The citizen is told the report will not be handled, why, and how to send it again (Art. 11.1.c, within 1 working day).</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>How to resubmit</source>
        <translation>How to resubmit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>New due time (now %1)</source>
        <translation>New due time (now %1)</translation>
    </message>
    <message>
        <source>Answer the citizen with a commitment result (Appendix 1)</source>
        <translation>Answer the citizen with a commitment result (Appendix 1)</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>We agree with the result</source>
        <translation>We agree with the result</translation>
    </message>
    <message>
        <source>We disagree (the report goes back to processing)</source>
        <translation>We disagree (the report goes back to processing)</translation>
    </message>
    <message>
        <source>The citizen wrote</source>
        <translation>The citizen wrote</translation>
    </message>
    <message>
        <source>Answer (within 1 working day)</source>
        <translation>Answer (within 1 working day)</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>Approve the extension</translation>
    </message>
    <message>
        <source>Art. 11.2.b allows an extension only on these grounds. The agency's leader decides on it.</source>
        <translation>Art. 11.2.b allows an extension only on these grounds. The agency's leader decides on it.</translation>
    </message>
    <message>
        <source>Comment (required to refuse)</source>
        <translation>Comment (required to refuse)</translation>
    </message>
    <message>
        <source>Commitment result for the citizen:</source>
        <translation>Commitment result for the citizen:</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Ground: %1
Reason: %2
New due time: %3</source>
        <translation>Ground: %1
Reason: %2
New due time: %3</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Past 6 working days without a result, tell the reporter how processing stands (Art. 11.2.b); again every 6 working days. The citizen reads it on the timeline.</source>
        <translation>Past 6 working days without a result, tell the reporter how processing stands (Art. 11.2.b); again every 6 working days. The citizen reads it on the timeline.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Refuse it</source>
        <translation>Refuse it</translation>
    </message>
    <message>
        <source>Status for the citizen</source>
        <translation>Status for the citizen</translation>
    </message>
    <message>
        <source>The decree and article that apply</source>
        <translation>The decree and article that apply</translation>
    </message>
    <message>
        <source>The report goes through the administrative-sanction procedure (Art. 11.2.b, 15 B4): its own times replace the 6 working days, and status notices continue. This is not an extension.</source>
        <translation>The report goes through the administrative-sanction procedure (Art. 11.2.b, 15 B4): its own times replace the 6 working days, and status notices continue. This is not an extension.</translation>
    </message>
    <message>
        <source>The report is still being processed: </source>
        <translation>The report is still being processed: </translation>
    </message>
    <message>
        <source>What makes it so: the survey, the estimate, the agencies involved…</source>
        <translation>What makes it so: the survey, the estimate, the agencies involved…</translation>
    </message>
</context>
<context>
    <name>ioc::ui::AuthenticatorDialog</name>
    <message>
        <source>One-time codes for an account</source>
        <translation>One-time codes for an account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>&amp;Make a new code</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR code for the authenticator app</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Recovery codes</translation>
    </message>
    <message>
        <source>A new code replaces the account's earlier one at once: the person must scan it before signing in again.</source>
        <translation>A new code replaces the account's earlier one at once: the person must scan it before signing in again.</translation>
    </message>
    <message>
        <source>Scan the code with the authenticator app of %1 (or type the key %2). Shown only now.</source>
        <translation>Scan the code with the authenticator app of %1 (or type the key %2). Shown only now.</translation>
    </message>
    <message>
        <source>&amp;Recovery codes: each works once if the phone is lost. Give them to %1 to keep apart from the phone.</source>
        <translation>&amp;Recovery codes: each works once if the phone is lost. Give them to %1 to keep apart from the phone.</translation>
    </message>
    <message>
        <source>Done: the account's earlier code no longer works.</source>
        <translation>Done: the account's earlier code no longer works.</translation>
    </message>
</context>
<context>
    <name>ioc::AccountsController</name>
    <message>
        <source>Asking the server for the accounts…</source>
        <translation>Asking the server for the accounts…</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>The server did not answer.</translation>
    </message>
    <message>
        <source>The server did not answer; nothing was changed.</source>
        <translation>The server did not answer; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Closes the dock widget</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Undocks and re-attaches the dock widget</translation>
    </message>
</context>
<context>
    <name>ioc::reporting</name>
    <message>
        <source>processing over the time limit or a commitment not kept</source>
        <translation>processing over the time limit or a commitment not kept</translation>
    </message>
    <message>
        <source>satisfaction under 70 %</source>
        <translation>satisfaction under 70 %</translation>
    </message>
    <message>
        <source>more than 2 reminder letters</source>
        <translation>more than 2 reminder letters</translation>
    </message>
    <message>
        <source>satisfied and acceptable under 50 %</source>
        <translation>satisfied and acceptable under 50 %</translation>
    </message>
    <message>
        <source>more than 30 % of interactions unanswered</source>
        <translation>more than 30 % of interactions unanswered</translation>
    </message>
    <message>
        <source>more than 2 hotline calls not answered</source>
        <translation>more than 2 hotline calls not answered</translation>
    </message>
    <message>
        <source>more than 20 % of returns late</source>
        <translation>more than 20 % of returns late</translation>
    </message>
    <message>
        <source>more than 20 % of violations repeated</source>
        <translation>more than 20 % of violations repeated</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>good cooperation</source>
        <translation>good cooperation</translation>
    </message>
    <message>
        <source>fair cooperation</source>
        <translation>fair cooperation</translation>
    </message>
    <message>
        <source>poor cooperation</source>
        <translation>poor cooperation</translation>
    </message>
</context>
<context>
    <name>ioc::reporting::render</name>
    <message>
        <source>Reports received by channel, %1</source>
        <translation>Reports received by channel, %1</translation>
    </message>
    <message>
        <source>Reports received by category, %1</source>
        <translation>Reports received by category, %1</translation>
    </message>
    <message>
        <source>On-time share per step, %1</source>
        <translation>On-time share per step, %1</translation>
    </message>
    <message>
        <source>Citizens' ratings, %1</source>
        <translation>Citizens' ratings, %1</translation>
    </message>
    <message>
        <source>Overdue now by agency, at %1</source>
        <translation>Overdue now by agency, at %1</translation>
    </message>
    <message>
        <source>Overdue now by step, at %1</source>
        <translation>Overdue now by step, at %1</translation>
    </message>
    <message>
        <source>Report on field reports, %1</source>
        <translation>Report on field reports, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Results published</source>
        <translation>Results published</translation>
    </message>
    <message>
        <source>Rejected (received in the period)</source>
        <translation>Rejected (received in the period)</translation>
    </message>
    <message>
        <source>Declined by the agency</source>
        <translation>Declined by the agency</translation>
    </message>
    <message>
        <source>Cancelled at the citizen's request</source>
        <translation>Cancelled at the citizen's request</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>On time: %1</source>
        <translation>On time: %1</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>Open reports</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>Due within 1 hour</source>
        <translation>Due within 1 hour</translation>
    </message>
    <message>
        <source>Due within 1 working day</source>
        <translation>Due within 1 working day</translation>
    </message>
    <message>
        <source>Urgent and open</source>
        <translation>Urgent and open</translation>
    </message>
    <message>
        <source>Hidden and open (14.1.c)</source>
        <translation>Hidden and open (14.1.c)</translation>
    </message>
    <message>
        <source>Outstanding (received before the end of the period, open)</source>
        <translation>Outstanding (received before the end of the period, open)</translation>
    </message>
    <message>
        <source>Stuck (outstanding, a step overdue)</source>
        <translation>Stuck (outstanding, a step overdue)</translation>
    </message>
    <message>
        <source>… and %1 more: the spreadsheet (XLSX) lists them all.</source>
        <translation>… and %1 more: the spreadsheet (XLSX) lists them all.</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>SOCIALIST REPUBLIC OF VIETNAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Independence - Freedom - Happiness</translation>
    </message>
    <message>
        <source>No.: …/BC-IOC</source>
        <translation>No.: …/BC-IOC</translation>
    </message>
    <message>
        <source>%1, %2 %3 %4</source>
        <translation>%1, %2 %3 %4</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>day %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>month %1</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <source>Receipt and processing of field reports</source>
        <translation>Receipt and processing of field reports</translation>
    </message>
    <message>
        <source>To: the Provincial People's Committee</source>
        <translation>To: the Provincial People's Committee</translation>
    </message>
    <message>
        <source>Pursuant to Decision 2573/QĐ-UBND of 25/10/2024 (Điều 18.2.f), the standing office of the Intelligent Operations Center reports the receipt and processing of field reports over the period %1, as follows.</source>
        <translation>Pursuant to Decision 2573/QĐ-UBND of 25/10/2024 (Điều 18.2.f), the standing office of the Intelligent Operations Center reports the receipt and processing of field reports over the period %1, as follows.</translation>
    </message>
    <message>
        <source>Reports received before the system went live (%1) are not counted.</source>
        <translation>Reports received before the system went live (%1) are not counted.</translation>
    </message>
    <message>
        <source>Month %1/%2 (from %3 to %4)</source>
        <translation>Month %1/%2 (from %3 to %4)</translation>
    </message>
    <message>
        <source>Quarter %1 of %2 (from %3 to %4)</source>
        <translation>Quarter %1 of %2 (from %3 to %4)</translation>
    </message>
    <message>
        <source>Year %1 (from %2 to %3)</source>
        <translation>Year %1 (from %2 to %3)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>I. Reports received, %1</source>
        <translation>I. Reports received, %1</translation>
    </message>
    <message>
        <source>Received in the period: %1 reports.</source>
        <translation>Received in the period: %1 reports.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>II. Results, %1</source>
        <translation>II. Results, %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reasons for rejection (a report may have several):</source>
        <translation>Reasons for rejection (a report may have several):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>III. Time limits per step, %1</source>
        <translation>III. Time limits per step, %1</translation>
    </message>
    <message>
        <source>A step counts when its clock stopped in the period, or when its due time passed in the period with the step still undone (counted as late). A share over fewer than %1 steps reads "too few".</source>
        <translation>A step counts when its clock stopped in the period, or when its due time passed in the period with the step still undone (counted as late). A share over fewer than %1 steps reads "too few".</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Judged</translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation>On-time share</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Median time</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>IV. Citizens' satisfaction, %1</source>
        <translation>IV. Citizens' satisfaction, %1</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>V. Overdue now, at %1</source>
        <translation>V. Overdue now, at %1</translation>
    </message>
    <message>
        <source>%1 reports have a step past its due time.</source>
        <translation>%1 reports have a step past its due time.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>Whose turn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Overdue by</translation>
    </message>
    <message>
        <source>VI. Evaluation of the agencies (Điều 14.2, 14.3), %1</source>
        <translation>VI. Evaluation of the agencies (Điều 14.2, 14.3), %1</translation>
    </message>
    <message>
        <source>14.2 is judged over the period; 14.3 over the ranking year %1 (Điều 19)%2.</source>
        <translation>14.2 is judged over the period; 14.3 over the ranking year %1 (Điều 19)%2.</translation>
    </message>
    <message>
        <source>, so far: the verdicts are not final before the year ends</source>
        <translation>, so far: the verdicts are not final before the year ends</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>eligible</translation>
    </message>
    <message>
        <source>not eligible for "Excellent" (%1)</source>
        <translation>not eligible for "Excellent" (%1)</translation>
    </message>
    <message>
        <source>reported: %1</source>
        <translation>reported: %1</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Distr.</source>
        <translation>Distr.</translation>
    </message>
    <message>
        <source>On time / late / overdue</source>
        <translation>On time / late / overdue</translation>
    </message>
    <message>
        <source>14.2.a commit.</source>
        <translation>14.2.a commit.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Cooperation of %1 (14.2.c): %2. %3</source>
        <translation>Cooperation of %1 (14.2.c): %2. %3</translation>
    </message>
    <message>
        <source>VII. Outstanding and stuck reports, at %1</source>
        <translation>VII. Outstanding and stuck reports, at %1</translation>
    </message>
    <message>
        <source>Received before the end of the period and still open: %1; of these, %2 with a step past its due time.</source>
        <translation>Received before the end of the period and still open: %1; of these, %2 with a step past its due time.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Recipients: as above; filed.</source>
        <translation>Recipients: as above; filed.</translation>
    </message>
    <message>
        <source>(signed)</source>
        <translation>(signed)</translation>
    </message>
    <message>
        <source>too few (%1)</source>
        <translation>too few (%1)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>Processed on time</source>
        <translation>Processed on time</translation>
    </message>
    <message>
        <source>Processed late</source>
        <translation>Processed late</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Open and overdue</translation>
    </message>
    <message>
        <source>Commitments missed</source>
        <translation>Commitments missed</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Legitimate interactions</source>
        <translation>Legitimate interactions</translation>
    </message>
    <message>
        <source>Interactions unanswered</source>
        <translation>Interactions unanswered</translation>
    </message>
    <message>
        <source>Reminder letters</source>
        <translation>Reminder letters</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Missed calls</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Late returns</source>
        <translation>Late returns</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>Repeated</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Eligible for "Excellent"</source>
        <translation>Eligible for "Excellent"</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Hours overdue</source>
        <translation>Hours overdue</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>List of reports</source>
        <translation>List of reports</translation>
    </message>
    <message>
        <source>too few to judge: %1</source>
        <translation>too few to judge: %1</translation>
    </message>
    <message>
        <source>IOC standing office</source>
        <translation>IOC standing office</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>Other categories</translation>
    </message>
    <message>
        <source>Other agencies</source>
        <translation>Other agencies</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>no ratings yet</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>No.: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>The field reports concerned:</source>
        <translation>The field reports concerned:</translation>
    </message>
    <message>
        <source>Reminder letter %1</source>
        <translation>Reminder letter %1</translation>
    </message>
</context>
<context>
    <name>ioc::SupervisionController</name>
    <message>
        <source>The figures could not be read from this workstation's copy: %1</source>
        <translation>The figures could not be read from this workstation's copy: %1</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message numerus="yes">
        <source>From the dashboard: %1 (%n report(s))</source>
        <translation>
            <numerusform>From the dashboard: %1 (%n report)</numerusform>
            <numerusform>From the dashboard: %1 (%n reports)</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue in %1</source>
        <translation>overdue in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ui::DashboardWindow</name>
    <message>
        <source>Pages of the dashboard</source>
        <translation>Pages of the dashboard</translation>
    </message>
    <message>
        <source>Click a bar or a slice to open its reports in the queue.</source>
        <translation>Click a bar or a slice to open its reports in the queue.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Press Enter on a figure, or double-click it, to open its reports in the queue.</source>
        <translation>Press Enter on a figure, or double-click it, to open its reports in the queue.</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>Next report due: %1 %2, before %3</source>
        <translation>Next report due: %1 %2, before %3</translation>
    </message>
    <message>
        <source>Now, at %1</source>
        <translation>Now, at %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within 1 hour</source>
        <translation>Due within 1 hour</translation>
    </message>
    <message>
        <source>Due within 1 working day</source>
        <translation>Due within 1 working day</translation>
    </message>
    <message>
        <source>Urgent, open</source>
        <translation>Urgent, open</translation>
    </message>
    <message>
        <source>Hidden, open (14.1.c)</source>
        <translation>Hidden, open (14.1.c)</translation>
    </message>
    <message>
        <source>%1 at %2: open them in the queue</source>
        <translation>%1 at %2: open them in the queue</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(no area)</translation>
    </message>
    <message>
        <source>Step, %1</source>
        <translation>Step, %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Median time</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Supervision dashboard</source>
        <translation>Supervision dashboard</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Periodic &amp;report…</source>
        <translation>Periodic &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>&amp;Evaluation of the agencies</source>
        <translation>&amp;Evaluation of the agencies</translation>
    </message>
    <message>
        <source>Oldest open reports</source>
        <translation>Oldest open reports</translation>
    </message>
    <message>
        <source>Open and overdue reports by area</source>
        <translation>Open and overdue reports by area</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>By area</translation>
    </message>
    <message>
        <source>Time limits per step</source>
        <translation>Time limits per step</translation>
    </message>
    <message>
        <source>Colour the &amp;map by the overdue reports of each area</source>
        <translation>Colour the &amp;map by the overdue reports of each area</translation>
    </message>
</context>
<context>
    <name>ioc::ui::PeriodicReportDialog</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <source>Monthly (Điều 18.2.f)</source>
        <translation>Monthly (Điều 18.2.f)</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Evaluation of the agencies (ranking year, Điều 19)</source>
        <translation>Evaluation of the agencies (ranking year, Điều 19)</translation>
    </message>
    <message>
        <source>Ad hoc period</source>
        <translation>Ad hoc period</translation>
    </message>
    <message>
        <source>PDF (to print and sign)</source>
        <translation>PDF (to print and sign)</translation>
    </message>
    <message>
        <source>XLSX spreadsheet (every report listed)</source>
        <translation>XLSX spreadsheet (every report listed)</translation>
    </message>
    <message>
        <source>ODT text document (LibreOffice, Word)</source>
        <translation>ODT text document (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>With a byte-order mark, for &amp;Excel</source>
        <translation>With a byte-order mark, for &amp;Excel</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>&amp;Write the report</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ioc::ui::LetterDialog</name>
    <message>
        <source>Reminder letter to an agency</source>
        <translation>Reminder letter to an agency</translation>
    </message>
    <message>
        <source>The reports the letter is about</source>
        <translation>The reports the letter is about</translation>
    </message>
    <message>
        <source>&amp;Leave out the selected report</source>
        <translation>&amp;Leave out the selected report</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Reports:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Si&amp;gned by:</translation>
    </message>
    <message>
        <source>&amp;Title of the signatory:</source>
        <translation>&amp;Title of the signatory:</translation>
    </message>
    <message>
        <source>&amp;Issue the letter</source>
        <translation>&amp;Issue the letter</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Điều 14.3.a: more than two reminder letters in a year bar the agency from the "Excellent" ranking. The server gives the letter its number.</source>
        <translation>Điều 14.3.a: more than two reminder letters in a year bar the agency from the "Excellent" ranking. The server gives the letter its number.</translation>
    </message>
    <message>
        <source>Sending the letter to the server…</source>
        <translation>Sending the letter to the server…</translation>
    </message>
    <message>
        <source>Issued as letter No. %1. It counts for the agency under Điều 14.3.a.</source>
        <translation>Issued as letter No. %1. It counts for the agency under Điều 14.3.a.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::AssessmentDialog</name>
    <message>
        <source>Cooperation of %1</source>
        <translation>Cooperation of %1</translation>
    </message>
    <message>
        <source>The results and the phone handling that show it (Điều 14.2.c)</source>
        <translation>The results and the phone handling that show it (Điều 14.2.c)</translation>
    </message>
    <message>
        <source>Period: %1 – %2. An assessment of the same period replaces the earlier one.</source>
        <translation>Period: %1 – %2. An assessment of the same period replaces the earlier one.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>ioc::SupervisionRecordsController</name>
    <message>
        <source>%1 has no lead agency: a reminder letter goes to the agency processing a report.</source>
        <translation>%1 has no lead agency: a reminder letter goes to the agency processing a report.</translation>
    </message>
    <message>
        <source>On the late processing of field reports</source>
        <translation>On the late processing of field reports</translation>
    </message>
    <message>
        <source>Monitoring the field-report system, the standing office of the Intelligent Operations Center finds that %1 has not processed the field reports listed below within the time limits of Decision 2573/QĐ-UBND (Điều 11).
We ask %1 to direct their processing without delay, to update the results in the system and to report to the Center.</source>
        <translation>Monitoring the field-report system, the standing office of the Intelligent Operations Center finds that %1 has not processed the field reports listed below within the time limits of Decision 2573/QĐ-UBND (Điều 11).
We ask %1 to direct their processing without delay, to update the results in the system and to report to the Center.</translation>
    </message>
    <message>
        <source>DIRECTOR</source>
        <translation>DIRECTOR</translation>
    </message>
    <message>
        <source>The server cannot be reached: the letter was not issued. Try again when the connection is back.</source>
        <translation>The server cannot be reached: the letter was not issued. Try again when the connection is back.</translation>
    </message>
    <message>
        <source>The letter was not issued: %1</source>
        <translation>The letter was not issued: %1</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Save the letter as</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: nothing was recorded.</source>
        <translation>The server cannot be reached: nothing was recorded.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
</context>
<context>
    <name>ioc::ui::EvaluationPage</name>
    <message>
        <source>Evaluation of the agencies, %1. Điều 14.2 is judged over the window; Điều 14.3 over the ranking year %2%3. A share over fewer than the minimum sample reads "too few" and raises no flag. Press Enter or double-click a cell to open its reports.</source>
        <translation>Evaluation of the agencies, %1. Điều 14.2 is judged over the window; Điều 14.3 over the ranking year %2%3. A share over fewer than the minimum sample reads "too few" and raises no flag. Press Enter or double-click a cell to open its reports.</translation>
    </message>
    <message>
        <source> (so far: not final before the year ends)</source>
        <translation> (so far: not final before the year ends)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>Processed on time</source>
        <translation>Processed on time</translation>
    </message>
    <message>
        <source>Processed late</source>
        <translation>Processed late</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Commitments missed (14.2.a)</source>
        <translation>Commitments missed (14.2.a)</translation>
    </message>
    <message>
        <source>Satisfied (14.2.b)</source>
        <translation>Satisfied (14.2.b)</translation>
    </message>
    <message>
        <source>Satisfied or acceptable (14.3.b)</source>
        <translation>Satisfied or acceptable (14.3.b)</translation>
    </message>
    <message>
        <source>Interactions unanswered (14.3.c)</source>
        <translation>Interactions unanswered (14.3.c)</translation>
    </message>
    <message>
        <source>Reminder letters (14.3.a)</source>
        <translation>Reminder letters (14.3.a)</translation>
    </message>
    <message>
        <source>Missed calls (14.3.d)</source>
        <translation>Missed calls (14.3.d)</translation>
    </message>
    <message>
        <source>Late returns (14.3.e)</source>
        <translation>Late returns (14.3.e)</translation>
    </message>
    <message>
        <source>Repeated (14.3.f)</source>
        <translation>Repeated (14.3.f)</translation>
    </message>
    <message>
        <source>Cooperation (14.2.c)</source>
        <translation>Cooperation (14.2.c)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>eligible for "Excellent"</source>
        <translation>eligible for "Excellent"</translation>
    </message>
    <message>
        <source>not eligible for "Excellent" (%1)</source>
        <translation>not eligible for "Excellent" (%1)</translation>
    </message>
    <message>
        <source>Evaluation of the agencies</source>
        <translation>Evaluation of the agencies</translation>
    </message>
    <message>
        <source>Reminder &amp;letter to the selected agency…</source>
        <translation>Reminder &amp;letter to the selected agency…</translation>
    </message>
    <message>
        <source>Assess the selected agency's &amp;cooperation…</source>
        <translation>Assess the selected agency's &amp;cooperation…</translation>
    </message>
</context>
<context>
    <name>ioc::ui::MessageDeskDialog</name>
    <message>
        <source>Call backs owed and messages not sent</source>
        <translation>Call backs owed and messages not sent</translation>
    </message>
    <message>
        <source>Messages that need a person</source>
        <translation>Messages that need a person</translation>
    </message>
    <message>
        <source>Call backs owed</source>
        <translation>Call backs owed</translation>
    </message>
    <message>
        <source>Messages not sent</source>
        <translation>Messages not sent</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>The call</translation>
    </message>
    <message>
        <source>&amp;Reached: the reply was given</source>
        <translation>&amp;Reached: the reply was given</translation>
    </message>
    <message>
        <source>&amp;Not reached (no answer, wrong number)</source>
        <translation>&amp;Not reached (no answer, wrong number)</translation>
    </message>
    <message>
        <source>What was said, or why the call did not get through</source>
        <translation>What was said, or why the call did not get through</translation>
    </message>
    <message>
        <source>Re&amp;cord the call</source>
        <translation>Re&amp;cord the call</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Open the report</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>To call a reporter back, open the report: it holds the reply to give, and the number is shown once you reveal the identity (recorded in the audit trail).</source>
        <translation>To call a reporter back, open the report: it holds the reply to give, and the number is shown once you reveal the identity (recorded in the audit trail).</translation>
    </message>
    <message>
        <source>Reply: not accepted for processing</source>
        <translation>Reply: not accepted for processing</translation>
    </message>
    <message>
        <source>Request to supplement</source>
        <translation>Request to supplement</translation>
    </message>
    <message>
        <source>Result of processing</source>
        <translation>Result of processing</translation>
    </message>
    <message>
        <source>Result of processing (to the reporter only)</source>
        <translation>Result of processing (to the reporter only)</translation>
    </message>
    <message>
        <source>How processing stands</source>
        <translation>How processing stands</translation>
    </message>
    <message>
        <source>Report distributed to the agency</source>
        <translation>Report distributed to the agency</translation>
    </message>
    <message>
        <source>Reminder to the agency</source>
        <translation>Reminder to the agency</translation>
    </message>
    <message>
        <source>A time limit about to run out</source>
        <translation>A time limit about to run out</translation>
    </message>
    <message>
        <source>Other message</source>
        <translation>Other message</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Calls so far</source>
        <translation>Calls so far</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Why it was not sent</translation>
    </message>
    <message>
        <source>processing agency</source>
        <translation>processing agency</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>reporter</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>%n not answered</numerusform>
            <numerusform>%n not answered</numerusform>
        </translation>
    </message>
    <message>
        <source>Call backs owed (%1)</source>
        <translation>Call backs owed (%1)</translation>
    </message>
    <message>
        <source>Not sent (%1)</source>
        <translation>Not sent (%1)</translation>
    </message>
    <message>
        <source>Choose a call back in the first tab</source>
        <translation>Choose a call back in the first tab</translation>
    </message>
    <message>
        <source>Write a note on the call first</source>
        <translation>Write a note on the call first</translation>
    </message>
</context>
<context>
    <name>ioc::MessageDeskController</name>
    <message>
        <source>Reading the lists from the server…</source>
        <translation>Reading the lists from the server…</translation>
    </message>
    <message>
        <source>The lists could not be read: %1</source>
        <translation>The lists could not be read: %1</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>the server cannot be reached</translation>
    </message>
    <message>
        <source>Read at %1.</source>
        <translation>Read at %1.</translation>
    </message>
    <message>
        <source>Recording the call…</source>
        <translation>Recording the call…</translation>
    </message>
    <message>
        <source>The call was not recorded: %1</source>
        <translation>The call was not recorded: %1</translation>
    </message>
    <message>
        <source>Recorded: the reply was given by telephone.</source>
        <translation>Recorded: the reply was given by telephone.</translation>
    </message>
    <message>
        <source>Recorded: not reached. The call back stays owed.</source>
        <translation>Recorded: not reached. The call back stays owed.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ClockHeader</name>
    <message>
        <source>Clock: %1</source>
        <translation>Clock: %1</translation>
    </message>
</context>
<context>
    <name>ioc::ui::PhoneLookupDialog</name>
    <message>
        <source>Look up a caller&apos;s reports</source>
        <translation>Look up a caller&apos;s reports</translation>
    </message>
    <message>
        <source>The reports sent from %1, as the server finds them. The server records who looked them up, when, and why; it answers with the reports, never the reporter&apos;s identity.</source>
        <translation>The reports sent from %1, as the server finds them. The server records who looked them up, when, and why; it answers with the reports, never the reporter&apos;s identity.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>The citizen called the hotline about their report</source>
        <translation>The citizen called the hotline about their report</translation>
    </message>
    <message>
        <source>The citizen called back to add to their report</source>
        <translation>The citizen called back to add to their report</translation>
    </message>
    <message>
        <source>Reason for the look-up</source>
        <translation>Reason for the look-up</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
</context>
<context>
    <name>ioc::LookupController</name>
    <message>
        <source>Looking up the reports sent from %1…</source>
        <translation>Looking up the reports sent from %1…</translation>
    </message>
    <message>
        <source>the look-up needs the server, which cannot be reached now</source>
        <translation>the look-up needs the server, which cannot be reached now</translation>
    </message>
    <message>
        <source>too many look-ups in the last hour; try again later</source>
        <translation>too many look-ups in the last hour; try again later</translation>
    </message>
    <message>
        <source>only the IOC&apos;s duty officers and supervisors look up callers</source>
        <translation>only the IOC&apos;s duty officers and supervisors look up callers</translation>
    </message>
    <message>
        <source>The look-up of %1 failed: %2</source>
        <translation>The look-up of %1 failed: %2</translation>
    </message>
    <message>
        <source>No report was sent from %1.</source>
        <translation>No report was sent from %1.</translation>
    </message>
    <message>
        <source>(the most recent ones)</source>
        <translation>(the most recent ones)</translation>
    </message>
    <message numerus="yes">
        <source>Sent from %1: %n report(s)</source>
        <translation>
            <numerusform>Sent from %1: %n report</numerusform>
            <numerusform>Sent from %1: %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ReportView</name>
    <message>
        <source>Select a report first.</source>
        <translation>Select a report first.</translation>
    </message>
    <message>
        <source>Not possible on this report now.</source>
        <translation>Not possible on this report now.</translation>
    </message>
    <message>
        <source>Not while the report is “%1”.</source>
        <translation>Not while the report is “%1”.</translation>
    </message>
    <message>
        <source>You are handling this report already.</source>
        <translation>You are handling this report already.</translation>
    </message>
    <message>
        <source>You are not handling this report.</source>
        <translation>You are not handling this report.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::AlertStrip</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent report(s) not distributed yet.</source>
        <translation>
            <numerusform>%n urgent report not distributed yet.</numerusform>
            <numerusform>%n urgent reports not distributed yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>No alerts.</translation>
    </message>
    <message>
        <source>Open the newest urgent report</source>
        <translation>Open the newest urgent report</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the alerts</source>
        <translation>Dismiss the alerts</translation>
    </message>
</context>
<context>
    <name>ioc::ui::MapLegend</name>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>some overdue</source>
        <translation>some overdue</translation>
    </message>
    <message>
        <source>due within the hour</source>
        <translation>due within the hour</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>the rest</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>the IOC&apos;s move</source>
        <translation>the IOC&apos;s move</translation>
    </message>
    <message>
        <source>with an agency</source>
        <translation>with an agency</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Map legend</translation>
    </message>
    <message>
        <source>A cluster&apos;s number is how many reports it holds; its colour, the most pressing of them.</source>
        <translation>A cluster&apos;s number is how many reports it holds; its colour, the most pressing of them.</translation>
    </message>
</context>
<context>
    <name>ioc::QueueFeed</name>
    <message>
        <source>The queue could not be read from this workstation&apos;s copy in full.</source>
        <translation>The queue could not be read from this workstation&apos;s copy in full.</translation>
    </message>
    <message>
        <source>Urgent report</source>
        <translation>Urgent report</translation>
    </message>
    <message>
        <source>Urgent report %1: %2</source>
        <translation>Urgent report %1: %2</translation>
    </message>
    <message>
        <source>No urgent report is waiting for distribution.</source>
        <translation>No urgent report is waiting for distribution.</translation>
    </message>
    <message>
        <source>The newest urgent report, %1, is not in any view here.</source>
        <translation>The newest urgent report, %1, is not in any view here.</translation>
    </message>
    <message>
        <source>Reporter not satisfied</source>
        <translation>Reporter not satisfied</translation>
    </message>
    <message>
        <source>%1: the reporter is not satisfied with the result (%2)</source>
        <translation>%1: the reporter is not satisfied with the result (%2)</translation>
    </message>
    <message>
        <source>Deadline approaching</source>
        <translation>Deadline approaching</translation>
    </message>
    <message numerus="yes">
        <source>Report %1: a deadline runs out within %n minute(s).</source>
        <translation>
            <numerusform>Report %1: a deadline runs out within %n minute.</numerusform>
            <numerusform>Report %1: a deadline runs out within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ui::LockPage</name>
    <message>
        <source>The screen is locked</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
</TS>
