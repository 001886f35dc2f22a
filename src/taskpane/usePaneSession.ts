// Binds a PaneSession to a component: started on mount, disposed on unmount (and started again
// when React mounts twice in development).
import { useEffect, useState, useSyncExternalStore } from "react";
import { WorkbookPort } from "../office/port";
import { createPaneSession, PaneSession, PaneState } from "./pane-session";

export function usePaneSession(port: WorkbookPort, delayMs?: number): [PaneState, PaneSession] {
  const [session] = useState(() => createPaneSession(port, delayMs));
  const state = useSyncExternalStore(session.subscribe, session.getState);

  useEffect(() => {
    void session.start();
    return () => {
      void session.dispose();
    };
  }, [session]);

  return [state, session];
}
