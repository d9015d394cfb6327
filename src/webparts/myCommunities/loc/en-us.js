define([], function () {
  return {
    PropertyPaneDescription: "My communities shows the signed-in person's communities.",
    BasicGroupName: "My communities",
    Title: "My communities",
    Empty: "You haven't joined a community yet. Find one in the CoP directory.",
    Level_core: "Core member",
    Level_wider: "Wider member",
    Status_active: "Member",
    Status_pending: "Request pending",
    Status_interested: "Founding pledge",
    Status_declined: "Request declined",
    Status_left: "Left",
    UnknownCommunity: "A community that no longer exists"
  };
});
