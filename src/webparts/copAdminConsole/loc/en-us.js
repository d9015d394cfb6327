define([], function () {
  return {
    PropertyPaneDescription: "The CoP admin console is for the POD team, the owners of the hub site.",
    BasicGroupName: "Console",
    Title: "CoP admin console",
    NotForYou: "This console is for the POD team, who own the CoP Hub site. If you need something changed, contact the POD team.",
    SetupTitle: "Lists",
    SetupReady: "All of CoP Hub's lists and columns are in place.",
    SetupRun: "Set up or repair lists",
    SetupRunning: "Setting up lists…",
    SetupDone: "Done. Changes made:",
    SetupNothing: "Done. Nothing needed changing."
  };
});
