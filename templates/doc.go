// Package templates holds the HTML templates and static assets of the
// statistics site behind one embed.FS. The report package parses the
// templates once with Parse and executes the result concurrently; the files
// under static/ are copied to the site's assets/ folder unchanged.
package templates
