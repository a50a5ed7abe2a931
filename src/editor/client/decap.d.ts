// Decap's prebuilt bundle (React external) has no types of its own; main.ts narrows it to the API it uses (types.ts Cms).
declare module 'decap-cms-app/dist/decap-cms-app.js' {
  const cms: unknown;
  export default cms;
}
