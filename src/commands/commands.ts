import { signalCommandsPageReady } from '../office/outlookHost';

// The manifest's only button opens the task pane (ShowTaskpane), so no function commands are
// registered yet; this page exists because the manifest's FunctionFile must point somewhere.
signalCommandsPageReady();
