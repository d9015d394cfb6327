define([], function () {
  return {
    PropertyPaneDescription: "Choose the community this page or tab shows.",
    BasicGroupName: "Community",
    CommunityIdFieldLabel: "Community (id from the Communities list)",
    ChooseCommunity: "Choose a community in the web part's properties to show its home here.",
    NotLinked: "This team isn't linked to a community yet. The POD team can link it from the CoP admin console.",
    NotFound: "That community doesn't exist any more. Choose another in the web part's properties.",
    Charter: "Charter",
    Domain: "Domain",
    Practice: "Practice",
    Audience: "Audience",
    GroundRules: "Ground rules",
    Sponsor: "Senior sponsor",
    Gardeners: "Gardeners",
    Rhythm: "Rhythm",
    NotSet: "Not set yet"
  };
});
