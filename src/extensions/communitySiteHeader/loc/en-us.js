define([], function () {
  return {
    Title: "CoP Hub community site header",
    Landmark: "Community",
    CoreMember: "Core member",
    WiderMember: "Wider member",
    RequestPending: "Request pending",
    FoundingPledge: "Founding pledge",
    Join: "Join this community",
    OpenHome: "Community home"
  };
});
